package be.nestwerk.family;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes families, their members, children and consents; always under {@link FamilyScope}. */
@Repository
class FamilyStore {

    private static final String FAMILY_COLUMNS = "id, network_id, registered_by_organisation, name, pseudonym,"
            + " contact_route, postcode, nis_code, sector_code, home_languages, interpreter_needed, legal_basis,"
            + " created_at, updated_at, last_contact_at";
    private static final String CONSENT_COLUMNS = "id, family_id, network_id, given_by, organisation_id, purpose,"
            + " form, recorded_by, recorded_by_organisation, recorded_at, valid_until, revoked_at, revoked_by,"
            + " revoked_via";

    private final JdbcClient jdbc;

    FamilyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A family's own row (not anonymised) with who registered it, for the access check before the rest is read. */
    record FamilyHead(UUID id, UUID networkId, UUID registeredByOrganisation) {}

    Optional<FamilyHead> head(UUID familyId) {
        return jdbc.sql("select id, network_id, registered_by_organisation from family where id = ?"
                        + " and anonymised_at is null")
                .param(familyId)
                .query((rs, row) -> new FamilyHead(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
                .optional();
    }

    Optional<Family> find(UUID familyId) {
        return jdbc.sql("select " + FAMILY_COLUMNS + " from family where id = ? and anonymised_at is null")
                .param(familyId)
                .query((rs, row) -> family(rs, members(familyId), children(familyId), consents(familyId)))
                .optional();
    }

    void insert(Family family, UUID registeredBy) {
        jdbc.sql("insert into family (" + FAMILY_COLUMNS + ", registered_by) values"
                        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as text[]), ?, ?, ?, ?, ?, ?)")
                .params(
                        family.id(),
                        family.networkId(),
                        family.registeredByOrganisation(),
                        family.name(),
                        family.pseudonym(),
                        family.contactRoute(),
                        family.postcode(),
                        family.nisCode(),
                        family.sectorCode(),
                        family.homeLanguages().toArray(String[]::new),
                        family.interpreterNeeded(),
                        family.legalBasis().name(),
                        Timestamp.from(family.createdAt()),
                        Timestamp.from(family.updatedAt()),
                        Timestamp.from(family.lastContactAt()),
                        registeredBy)
                .update();
        for (FamilyMember member : family.members()) {
            jdbc.sql("insert into family_member (id, family_id, network_id, name, relation) values (?, ?, ?, ?, ?)")
                    .params(
                            member.id(),
                            family.id(),
                            family.networkId(),
                            member.name(),
                            member.relation().name())
                    .update();
        }
        for (Child child : family.children()) {
            insertChild(family.id(), family.networkId(), child);
        }
    }

    void insertChild(UUID familyId, UUID networkId, Child child) {
        jdbc.sql("insert into child (id, family_id, network_id, first_name, birth_date, expected)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(child.id(), familyId, networkId, child.firstName(), child.birthDate(), child.expected())
                .update();
    }

    /** Overwrites what a professional may correct (rectification); members and children are kept by id. */
    void rectify(Family family) {
        jdbc.sql("update family set name = ?, pseudonym = ?, contact_route = ?, postcode = ?, nis_code = ?,"
                        + " sector_code = ?, home_languages = cast(? as text[]), interpreter_needed = ?,"
                        + " legal_basis = ?, updated_at = ? where id = ?")
                .params(
                        family.name(),
                        family.pseudonym(),
                        family.contactRoute(),
                        family.postcode(),
                        family.nisCode(),
                        family.sectorCode(),
                        family.homeLanguages().toArray(String[]::new),
                        family.interpreterNeeded(),
                        family.legalBasis().name(),
                        Timestamp.from(family.updatedAt()),
                        family.id())
                .update();
    }

    /** A page of the families these organisations may see (registered by one of them, or opened to it by consent). */
    List<FamilyListing> visibleTo(Collection<UUID> organisations, LocalDate today, int limit, long offset) {
        return jdbc.sql("select f.id, f.name, f.pseudonym, f.postcode, f.registered_by_organisation,"
                        + " (select count(*) from child c where c.family_id = f.id) as children, f.last_contact_at"
                        + " from family f where f.anonymised_at is null and " + visible()
                        + " order by lower(f.name), f.id limit :limit offset :offset")
                .param(
                        "organisations",
                        organisations.stream().map(UUID::toString).toArray(String[]::new))
                .param("today", today)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new FamilyListing(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getBoolean("pseudonym"),
                        rs.getString("postcode"),
                        rs.getObject("registered_by_organisation", UUID.class),
                        rs.getInt("children"),
                        rs.getTimestamp("last_contact_at").toInstant()))
                .list();
    }

    long countVisibleTo(Collection<UUID> organisations, LocalDate today) {
        return jdbc.sql("select count(*) from family f where f.anonymised_at is null and " + visible())
                .param(
                        "organisations",
                        organisations.stream().map(UUID::toString).toArray(String[]::new))
                .param("today", today)
                .query(Long.class)
                .single();
    }

    /** The names of those of these families that these organisations may see. */
    Map<UUID, String> namesVisibleTo(Collection<UUID> families, Collection<UUID> organisations, LocalDate today) {
        Map<UUID, String> names = new HashMap<>();
        if (families.isEmpty()) {
            return names;
        }
        jdbc.sql("select f.id, f.name from family f where f.id = any(cast(:families as uuid[])) and " + visible())
                .param("families", families.stream().map(UUID::toString).toArray(String[]::new))
                .param(
                        "organisations",
                        organisations.stream().map(UUID::toString).toArray(String[]::new))
                .param("today", today)
                .query((rs, row) -> names.put(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
        return names;
    }

    private static String visible() {
        return "(f.registered_by_organisation = any(cast(:organisations as uuid[])) or exists (select 1 from consent k"
                + " where k.family_id = f.id and k.revoked_at is null and k.valid_until >= :today"
                + " and (k.organisation_id is null or k.organisation_id = any(cast(:organisations as uuid[])))))";
    }

    /** Families of the network with this name (accents and case aside) or a child with one of these birth dates. */
    List<FamilyHead> similar(String name, Collection<LocalDate> birthDates) {
        return jdbc.sql("select f.id, f.network_id, f.registered_by_organisation from family f"
                        + " where f.anonymised_at is null and (lower(f.name) = lower(:name) or exists (select 1"
                        + " from child c where c.family_id = f.id and c.birth_date = any(cast(:births as date[]))))"
                        + " order by f.created_at limit 20")
                .param("name", name.strip())
                .param("births", birthDates.stream().map(LocalDate::toString).toArray(String[]::new))
                .query((rs, row) -> new FamilyHead(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
                .list();
    }

    List<Consent> consents(UUID familyId) {
        return jdbc.sql("select " + CONSENT_COLUMNS + " from consent where family_id = ? order by recorded_at, id")
                .param(familyId)
                .query((rs, row) -> consent(rs))
                .list();
    }

    Optional<Consent> consent(UUID consentId) {
        return jdbc.sql("select " + CONSENT_COLUMNS + " from consent where id = ?")
                .param(consentId)
                .query((rs, row) -> consent(rs))
                .optional();
    }

    void insertConsent(Consent consent) {
        jdbc.sql("insert into consent (" + CONSENT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        consent.id(),
                        consent.familyId(),
                        consent.networkId(),
                        consent.givenBy(),
                        consent.organisationId(),
                        consent.purpose().name(),
                        consent.form().name(),
                        consent.recordedBy(),
                        consent.recordedByOrganisation(),
                        Timestamp.from(consent.recordedAt()),
                        consent.validUntil(),
                        null,
                        null,
                        null)
                .update();
    }

    /** Marks a consent revoked; false when it was revoked already (by someone else meanwhile). */
    boolean revoke(Consent revoked) {
        return jdbc.sql("update consent set revoked_at = ?, revoked_by = ?, revoked_via = ? where id = ?"
                                + " and revoked_at is null")
                        .params(
                                Timestamp.from(revoked.revokedAt()),
                                revoked.revokedBy(),
                                revoked.revokedVia().name(),
                                revoked.id())
                        .update()
                == 1;
    }

    void touch(UUID familyId, Instant at) {
        jdbc.sql("update family set last_contact_at = ? where id = ?")
                .params(Timestamp.from(at), familyId)
                .update();
    }

    private List<FamilyMember> members(UUID familyId) {
        return jdbc.sql("select id, name, relation from family_member where family_id = ? order by name, id")
                .param(familyId)
                .query((rs, row) -> new FamilyMember(
                        rs.getObject(1, UUID.class), rs.getString(2), MemberRelation.valueOf(rs.getString(3))))
                .list();
    }

    private List<Child> children(UUID familyId) {
        return jdbc.sql("select id, first_name, birth_date, expected from child where family_id = ?"
                        + " order by birth_date, id")
                .param(familyId)
                .query((rs, row) -> new Child(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4)))
                .list();
    }

    private static Family family(ResultSet rs, List<FamilyMember> members, List<Child> children, List<Consent> consents)
            throws SQLException {
        return new Family(
                rs.getObject("id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getObject("registered_by_organisation", UUID.class),
                rs.getString("name"),
                rs.getBoolean("pseudonym"),
                rs.getString("contact_route"),
                rs.getString("postcode"),
                rs.getString("nis_code"),
                rs.getString("sector_code"),
                strings(rs.getArray("home_languages")),
                rs.getBoolean("interpreter_needed"),
                LegalBasis.valueOf(rs.getString("legal_basis")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getTimestamp("last_contact_at").toInstant(),
                members,
                children,
                consents);
    }

    private static Consent consent(ResultSet rs) throws SQLException {
        Timestamp revokedAt = rs.getTimestamp("revoked_at");
        String via = rs.getString("revoked_via");
        return new Consent(
                rs.getObject("id", UUID.class),
                rs.getObject("family_id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getObject("given_by", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                ConsentPurpose.valueOf(rs.getString("purpose")),
                ConsentForm.valueOf(rs.getString("form")),
                rs.getObject("recorded_by", UUID.class),
                rs.getObject("recorded_by_organisation", UUID.class),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("valid_until", LocalDate.class),
                revokedAt == null ? null : revokedAt.toInstant(),
                rs.getObject("revoked_by", UUID.class),
                via == null ? null : RevocationChannel.valueOf(via));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(List.of((String[]) array.getArray()));
    }
}
