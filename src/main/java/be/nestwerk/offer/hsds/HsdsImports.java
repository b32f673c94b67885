package be.nestwerk.offer.hsds;

import be.nestwerk.offer.ContentLanguage;
import be.nestwerk.offer.hsds.HsdsDataset.Organisation;
import be.nestwerk.offer.hsds.HsdsImportReport.Entry;
import be.nestwerk.offer.hsds.HsdsImportReport.Note;
import be.nestwerk.offer.hsds.HsdsImportReport.Outcome;
import be.nestwerk.offer.hsds.HsdsImportStore.State;
import be.nestwerk.offer.hsds.HsdsImportStore.Upload;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HSDS import of a network, in three steps: upload a dataset (kept in the database, with an expiry), map each of
 * its organizations to a partner organisation of the network, and import its services as draft offers. A
 * coordinator imports for every organisation, a partner admin for their own.
 */
@Service
class HsdsImports {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final Duration UPLOAD_VALIDITY = Duration.ofHours(2);
    static final Duration REPORT_VALIDITY = Duration.ofDays(1);

    private final HsdsImportStore store;
    private final HsdsRecordImport records;
    private final NetworkAccess access;
    private final NetworkDirectory directory;
    private final JsonMapper json;
    private final Clock clock;

    HsdsImports(
            HsdsImportStore store,
            HsdsRecordImport records,
            NetworkAccess access,
            NetworkDirectory directory,
            JsonMapper json,
            Clock clock) {
        this.store = store;
        this.records = records;
        this.access = access;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    /** One organization of the file in the mapping step, with the partner organisation proposed for it. */
    record MappingRow(
            int index,
            @Nullable String name,
            @Nullable String hsdsId,
            int services,
            @Nullable UUID proposed) {}

    /** The mapping step (or, once imported, the report) of an upload. */
    record Step(Upload upload, List<MappingRow> rows, List<OrganisationRef> choices, int unrecognised) {

        boolean imported() {
            return upload.state() != State.UPLOADED;
        }
    }

    /** The partner organisations the current person may import offers for; refuses who may import for none. */
    List<OrganisationRef> importableOrganisations(UUID networkId) {
        access.require(networkId, Role.COORDINATOR, Role.PARTNER_ADMIN);
        List<OrganisationRef> all = directory.organisationsOf(networkId);
        if (access.has(networkId, Role.COORDINATOR)) {
            return all;
        }
        Set<UUID> own = access.organisationsIn(networkId, Role.PARTNER_ADMIN);
        return all.stream()
                .filter(organisation -> own.contains(organisation.id()))
                .toList();
    }

    UUID upload(UUID networkId, String fileName, byte[] content, String textLanguage) {
        NestwerkUser user = access.require(networkId, Role.COORDINATOR, Role.PARTNER_ADMIN);
        if (!ContentLanguage.isKnown(textLanguage)) {
            throw new HsdsUploadException("offer.hsds.import.error.language");
        }
        if (content.length == 0) {
            throw new HsdsUploadException("offer.hsds.import.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new HsdsUploadException("offer.hsds.import.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        HsdsDataset dataset = HsdsDataset.read(parse(content));
        if (dataset.isEmpty()) {
            throw new HsdsUploadException("offer.hsds.import.error.nothing");
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String name = fileName.isBlank() ? "hsds.json" : fileName.strip();
        store.insert(
                new Upload(
                        id,
                        networkId,
                        user.id(),
                        now,
                        name.length() > 255 ? name.substring(0, 255) : name,
                        textLanguage,
                        State.UPLOADED,
                        new String(content, java.nio.charset.StandardCharsets.UTF_8),
                        null),
                now.plus(UPLOAD_VALIDITY));
        return id;
    }

    Step step(UUID networkId, UUID importId) {
        List<OrganisationRef> choices = importableOrganisations(networkId);
        Upload upload = find(networkId, importId);
        if (upload.state() != State.UPLOADED || upload.document() == null) {
            return new Step(upload, List.of(), choices, 0);
        }
        HsdsDataset dataset = HsdsDataset.read(json.readTree(upload.document()));
        List<MappingRow> rows = new ArrayList<>();
        for (int i = 0; i < dataset.organisations().size(); i++) {
            Organisation organisation = dataset.organisations().get(i);
            rows.add(new MappingRow(
                    i,
                    organisation.name(),
                    organisation.hsdsId(),
                    organisation.services().size(),
                    propose(organisation, choices)));
        }
        return new Step(upload, rows, choices, dataset.unrecognised().size());
    }

    /**
     * Imports the services of every organization that is mapped to a partner organisation (by its index in the
     * mapping step; unmapped ones are left out). Runs once: a second request finds the upload taken.
     */
    void run(UUID networkId, UUID importId, Map<Integer, UUID> mapping) {
        List<OrganisationRef> choices = importableOrganisations(networkId);
        Upload upload = find(networkId, importId);
        if (upload.state() != State.UPLOADED || upload.document() == null) {
            return;
        }
        Map<UUID, OrganisationRef> allowed = new HashMap<>();
        choices.forEach(organisation -> allowed.put(organisation.id(), organisation));
        if (!allowed.keySet().containsAll(mapping.values())) {
            throw new NotFoundException("organisation");
        }
        JsonNode root = json.readTree(upload.document());
        if (!store.claim(importId)) {
            return;
        }
        Set<String> leftOut = new HashSet<>();
        List<Entry> entries = new ArrayList<>(records.invalidRows(root, leftOut));
        HsdsDataset dataset = HsdsDataset.read(root, leftOut);
        for (int i = 0; i < dataset.organisations().size(); i++) {
            OrganisationRef target = mapping.containsKey(i) ? allowed.get(mapping.get(i)) : null;
            entries.addAll(
                    records.importOrganisation(dataset, dataset.organisations().get(i), target, upload));
        }
        dataset.unrecognised()
                .forEach(path -> entries.add(new Entry(
                        path,
                        null,
                        "",
                        Outcome.NOT_IMPORTED,
                        null,
                        List.of(),
                        List.of(Note.of("offer.hsds.import.note.unrecognised")),
                        List.of())));
        Instant now = clock.instant();
        store.finish(networkId, importId, upload.fileName(), new HsdsImportReport(entries), now.plus(REPORT_VALIDITY));
    }

    private Upload find(UUID networkId, UUID importId) {
        NestwerkUser user = access.require(networkId, Role.COORDINATOR, Role.PARTNER_ADMIN);
        return store.find(networkId, importId, user.id(), clock.instant())
                .orElseThrow(() -> new NotFoundException("import"));
    }

    private JsonNode parse(byte[] content) {
        try {
            JsonNode root = json.readTree(content);
            if (root == null || root.isMissingNode() || !root.isContainer()) {
                throw new HsdsUploadException("offer.hsds.import.error.nothing");
            }
            return root;
        } catch (JacksonException unreadable) {
            var location = unreadable.getLocation();
            throw new HsdsUploadException(
                    "offer.hsds.import.error.json",
                    location == null ? 1 : location.getLineNr(),
                    location == null ? 1 : location.getColumnNr());
        }
    }

    /** The partner organisation with the same name (ignoring case and accents), or the only one there is. */
    private static @Nullable UUID propose(Organisation organisation, List<OrganisationRef> choices) {
        if (organisation.name() != null) {
            String name = HsdsCatalogue.fold(organisation.name()).strip();
            for (OrganisationRef choice : choices) {
                if (HsdsCatalogue.fold(choice.name()).strip().equals(name)) {
                    return choice.id();
                }
            }
        }
        return choices.size() == 1 ? choices.get(0).id() : null;
    }
}
