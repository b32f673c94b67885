package be.nestwerk.offer.hsds;

import be.nestwerk.offer.ContentProblem;
import be.nestwerk.offer.InvalidOfferException;
import be.nestwerk.offer.OfferCatalogue;
import be.nestwerk.offer.OfferRecord;
import be.nestwerk.offer.hsds.HsdsDataset.Located;
import be.nestwerk.offer.hsds.HsdsDataset.Organisation;
import be.nestwerk.offer.hsds.HsdsDataset.ServiceRecord;
import be.nestwerk.offer.hsds.HsdsImportReport.Entry;
import be.nestwerk.offer.hsds.HsdsImportReport.Note;
import be.nestwerk.offer.hsds.HsdsImportReport.Outcome;
import be.nestwerk.offer.hsds.HsdsImportStore.Upload;
import be.nestwerk.offer.hsds.HsdsSchemas.Violation;
import be.nestwerk.offer.hsds.HsdsServiceReader.Reading;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.web.BusinessRuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Imports the records of one organization of a dataset, each on its own: a record is checked against the official
 * schema first (and rejected with the schema errors), then read and checked by the offer rules, then becomes a new
 * draft offer, or the new draft of the offer that came from the same HSDS service before.
 */
@Component
class HsdsRecordImport {

    private static final Logger log = LoggerFactory.getLogger(HsdsRecordImport.class);

    private final HsdsSchemas schemas;
    private final HsdsServiceReader reader;
    private final OfferCatalogue catalogue;

    HsdsRecordImport(HsdsSchemas schemas, HsdsServiceReader reader, OfferCatalogue catalogue) {
        this.schemas = schemas;
        this.reader = reader;
        this.catalogue = catalogue;
    }

    /**
     * The detail rows of a tabular file that fail their table's schema, each rejected with its errors; their paths
     * are added to {@code leftOut}, so that the services are imported without them.
     */
    List<Entry> invalidRows(JsonNode root, Set<String> leftOut) {
        if (!HsdsTabular.isTabular(root)) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<Entry> entries = new ArrayList<>();
        for (HsdsTabular.Row row : HsdsTabular.detailRows(root)) {
            List<Violation> errors = located(row.path(), schemas.validate(row.schema(), row.node(), locale));
            if (!errors.isEmpty()) {
                leftOut.add(row.path());
                String name = HsdsDataset.text(row.node(), "name");
                entries.add(new Entry(
                        row.path(),
                        HsdsDataset.text(row.node(), "id"),
                        name == null ? "" : name,
                        Outcome.REJECTED,
                        null,
                        errors,
                        notes("offer.hsds.import.note.rowLeftOut"),
                        List.of()));
            }
        }
        return entries;
    }

    List<Entry> importOrganisation(
            HsdsDataset dataset, Organisation organisation, @Nullable OrganisationRef target, Upload upload) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Violation> organisationErrors = new ArrayList<>();
        if (organisation.node() != null && !organisation.embedded()) {
            organisationErrors.addAll(
                    located(organisation.path(), schemas.validate("organization.json", organisation.node(), locale)));
        }
        if (organisation.services().isEmpty()) {
            return List.of(new Entry(
                    organisation.path().isEmpty() ? "/" : organisation.path(),
                    organisation.hsdsId(),
                    organisation.name() == null ? "" : organisation.name(),
                    Outcome.NOT_IMPORTED,
                    null,
                    organisationErrors,
                    List.of(Note.of("offer.hsds.import.note.noServices")),
                    List.of()));
        }
        List<Entry> entries = new ArrayList<>();
        for (ServiceRecord record : organisation.services()) {
            if (target == null) {
                entries.add(entry(
                        record,
                        Outcome.NOT_IMPORTED,
                        null,
                        List.of(),
                        notes("offer.hsds.import.note.notMapped"),
                        List.of()));
                continue;
            }
            List<Violation> errors = new ArrayList<>(organisationErrors);
            for (Located link : record.links()) {
                errors.addAll(located(link.path(), schemas.validate("service_at_location.json", link.node(), locale)));
            }
            errors.addAll(located(record.servicePath(), schemas.validate("service.json", record.service(), locale)));
            entries.add(
                    errors.isEmpty()
                            ? importRecord(dataset, record, target, upload)
                            : entry(record, Outcome.REJECTED, null, errors, List.of(), List.of()));
        }
        return entries;
    }

    private Entry importRecord(HsdsDataset dataset, ServiceRecord record, OrganisationRef target, Upload upload) {
        String hsdsId = record.hsdsId();
        if (hsdsId == null) {
            return entry(record, Outcome.REJECTED, null, List.of(), notes("offer.hsds.import.problem.id"), List.of());
        }
        Reading reading = reader.read(record, dataset, upload.networkId(), upload.textLanguage());
        List<Note> problems = catalogue.problems(reading.content()).stream()
                .map(HsdsRecordImport::note)
                .toList();
        if (!problems.isEmpty()) {
            return entry(record, Outcome.REJECTED, null, List.of(), problems, reading.warnings());
        }
        try {
            Optional<OfferRecord> existing = catalogue.findByHsdsId(upload.networkId(), hsdsId);
            if (existing.isPresent() && !existing.get().organisationId().equals(target.id())) {
                return entry(
                        record,
                        Outcome.REJECTED,
                        existing.get().id(),
                        List.of(),
                        notes("offer.hsds.import.problem.otherOrganisation"),
                        reading.warnings());
            }
            if (existing.isPresent()) {
                catalogue.saveDraft(upload.networkId(), existing.get().id(), reading.content());
                return entry(record, Outcome.UPDATED, existing.get().id(), List.of(), List.of(), reading.warnings());
            }
            UUID created = catalogue.create(upload.networkId(), target.id(), reading.content(), hsdsId);
            return entry(record, Outcome.CREATED, created, List.of(), List.of(), reading.warnings());
        } catch (InvalidOfferException invalid) {
            return entry(
                    record,
                    Outcome.REJECTED,
                    null,
                    List.of(),
                    invalid.problems().stream().map(HsdsRecordImport::note).toList(),
                    reading.warnings());
        } catch (BusinessRuleException refused) {
            return entry(
                    record,
                    Outcome.REJECTED,
                    null,
                    List.of(),
                    List.of(Note.of(refused.messageKey(), refused.arguments())),
                    reading.warnings());
        } catch (AccessDeniedException denied) {
            return entry(
                    record,
                    Outcome.REJECTED,
                    null,
                    List.of(),
                    notes("offer.hsds.import.problem.denied"),
                    reading.warnings());
        } catch (RuntimeException failed) {
            log.warn("HSDS import of record {} ({}) failed", record.path(), hsdsId, failed);
            return entry(
                    record,
                    Outcome.REJECTED,
                    null,
                    List.of(),
                    notes("offer.hsds.import.problem.failed"),
                    reading.warnings());
        }
    }

    private static Entry entry(
            ServiceRecord record,
            Outcome outcome,
            @Nullable UUID offerId,
            List<Violation> errors,
            List<Note> problems,
            List<Note> warnings) {
        return new Entry(
                record.path().isEmpty() ? "/" : record.path(),
                record.hsdsId(),
                record.name(),
                outcome,
                offerId,
                List.copyOf(errors),
                List.copyOf(problems),
                List.copyOf(warnings));
    }

    private static List<Note> notes(String key) {
        return List.of(Note.of(key));
    }

    private static Note note(ContentProblem problem) {
        return new Note(
                problem.messageKey(),
                problem.arguments().stream().map(String::valueOf).toList(),
                problem.field());
    }

    /** The violations with their path from the top of the file rather than from the record. */
    private static List<Violation> located(String path, List<Violation> violations) {
        return violations.stream()
                .map(violation -> new Violation(path + violation.path(), violation.message()))
                .toList();
    }
}
