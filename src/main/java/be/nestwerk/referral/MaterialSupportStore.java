package be.nestwerk.referral;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes material support contacts; always under the family tables' row-level security. */
@Repository
class MaterialSupportStore {

    private static final String COLUMNS = "id, network_id, organisation_id, family_id, postcode, kind, given_on, note,"
            + " registered_by, registered_at, referral_id, referred_at";
    private static final String OF_ORGANISATIONS = " where organisation_id = any(cast(? as uuid[]))";

    private final JdbcClient jdbc;

    MaterialSupportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MaterialSupport> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from material_support where id = ?")
                .param(id)
                .query((rs, row) -> support(rs))
                .optional();
    }

    void insert(MaterialSupport support) {
        jdbc.sql("insert into material_support (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        support.id(),
                        support.networkId(),
                        support.organisationId(),
                        support.familyId(),
                        support.postcode(),
                        support.kind().name(),
                        Date.valueOf(support.givenOn()),
                        support.note(),
                        support.registeredBy(),
                        Timestamp.from(support.registeredAt()),
                        support.referralId(),
                        QuestionStore.timestamp(support.referredAt()))
                .update();
    }

    int markReferred(UUID id, UUID referralId, Instant at) {
        return jdbc.sql("update material_support set referral_id = ?, referred_at = ? where id = ?")
                .params(referralId, Timestamp.from(at), id)
                .update();
    }

    long count(Collection<UUID> organisations) {
        return jdbc.sql("select count(*) from material_support" + OF_ORGANISATIONS)
                .param(ids(organisations))
                .query(Long.class)
                .single();
    }

    List<MaterialSupport> page(Collection<UUID> organisations, int limit, long offset) {
        return jdbc.sql("select " + COLUMNS + " from material_support" + OF_ORGANISATIONS
                        + " order by given_on desc, registered_at desc, id limit ? offset ?")
                .params(ids(organisations), limit, offset)
                .query((rs, row) -> support(rs))
                .list();
    }

    private static String[] ids(Collection<UUID> organisations) {
        return organisations.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static MaterialSupport support(ResultSet rs) throws SQLException {
        return new MaterialSupport(
                rs.getObject("id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("family_id", UUID.class),
                rs.getString("postcode"),
                MaterialSupportKind.valueOf(rs.getString("kind")),
                rs.getDate("given_on").toLocalDate(),
                rs.getString("note"),
                rs.getObject("registered_by", UUID.class),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getObject("referral_id", UUID.class),
                QuestionStore.instant(rs.getTimestamp("referred_at")));
    }
}
