package be.nestwerk.family;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.pdf.PdfDocuments;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.OrganisationRef;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The family's right of access: everything Nestwerk holds about the family (what was registered, its members,
 * children and consents, and what every other module keeps about it) and who read or changed it, when and why — as JSON, and as a readable PDF in the family's
 * language. The export itself is audited.
 */
@Service
@Transactional
public class FamilyExport {

    static final int MAX_LOG = 2_000;

    private final FamilyRegistry registry;
    private final JdbcClient jdbc;
    private final NetworkDirectory networks;
    private final ITemplateEngine templates;
    private final AuditLog audit;
    private final List<FamilyRecordPart> parts;
    private final Clock clock;

    FamilyExport(
            FamilyRegistry registry,
            JdbcClient jdbc,
            NetworkDirectory networks,
            ITemplateEngine templates,
            AuditLog audit,
            List<FamilyRecordPart> parts,
            Clock clock) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.networks = networks;
        this.templates = templates;
        this.audit = audit;
        this.parts = List.copyOf(parts);
        this.clock = clock;
    }

    /** One read or change of the family's data. */
    public record Access(
            Instant at,
            @Nullable String by,
            String action,
            @Nullable String purpose) {}

    /**
     * Everything about the family: what was registered, the partners' names, what the other modules keep about it
     * (plans, referrals, questions …) and the access log of all of it (newest first).
     */
    public record FamilyRecord(
            Family family, Map<UUID, String> partners, List<RecordSection> sections, List<Access> accesses) {

        public FamilyRecord {
            partners = Map.copyOf(partners);
            sections = List.copyOf(sections);
            accesses = List.copyOf(accesses);
        }
    }

    public FamilyRecord export(UUID networkId, UUID familyId) {
        Family family = registry.file(networkId, familyId, "ACCESS_REQUEST");
        List<RecordSection> sections = new ArrayList<>();
        parts.forEach(part -> sections.addAll(part.about(networkId, familyId)));
        List<String> ids = new ArrayList<>(List.of(familyId.toString()));
        family.consents().forEach(consent -> ids.add(consent.id().toString()));
        sections.forEach(section -> section.ids().forEach(id -> ids.add(id.toString())));
        List<Access> accesses = jdbc.sql("select occurred_at, actor_name, action, purpose from audit_event"
                        + " where network_id = :network and entity_id in (:ids)"
                        + " order by occurred_at desc, id desc limit :limit")
                .param("network", networkId)
                .param("ids", ids)
                .param("limit", MAX_LOG)
                .query((rs, row) ->
                        new Access(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        Map<UUID, String> partners = networks.organisationsOf(networkId).stream()
                .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a));
        audit.personalData(networkId, AuditAction.FAMILY_READ, "Family", familyId, "ACCESS_REQUEST", "Exported");
        return new FamilyRecord(family, partners, sections, accesses);
    }

    /**
     * The export as an A4 PDF in the language asked for, if the document exists in it, else in the first of the
     * family's home languages that it does, else in the reader's.
     */
    public byte[] pdf(UUID networkId, UUID familyId, String language, Locale reader) {
        FamilyRecord record = export(networkId, familyId);
        Locale locale = DocumentLanguages.chosen(language, record.family(), reader);
        Context context = new Context(locale);
        context.setVariable("record", record);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("dir", DocumentLanguages.direction(locale));
        context.setVariable("madeOn", LocalDate.now(clock));
        context.setVariable(
                "languageNames",
                record.family().homeLanguages().stream()
                        .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale))
                        .toList());
        return PdfDocuments.render(templates.process("family/export-pdf", context));
    }
}
