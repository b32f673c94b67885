package be.nestwerk.offer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes offers and their versions; the content is stored as JSON. */
@Repository
class OfferStore {

    private static final String OFFER_COLUMNS = "id, network_id, organisation_id, hsds_id, published_version_id,"
            + " working_version_id, last_reviewed_on, created_at";
    private static final String VERSION_COLUMNS = "id, offer_id, network_id, number, state, content::text as content,"
            + " created_by, created_at, submitted_by, submitted_at, reviewed_by, reviewed_at, rejection_reason";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OfferStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insertOffer(OfferRecord offer) {
        jdbc.sql("insert into offer (id, network_id, organisation_id, hsds_id, last_reviewed_on, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        offer.id(),
                        offer.networkId(),
                        offer.organisationId(),
                        offer.hsdsId(),
                        offer.lastReviewedOn(),
                        Timestamp.from(offer.createdAt()))
                .update();
    }

    /** The offer, locked for update so that two reviewers cannot publish different versions at once. */
    Optional<OfferRecord> lock(UUID networkId, UUID offerId) {
        return jdbc.sql("select " + OFFER_COLUMNS + " from offer where id = ? and network_id = ? for update")
                .params(offerId, networkId)
                .query(OfferStore::offer)
                .optional();
    }

    Optional<OfferRecord> find(UUID networkId, UUID offerId) {
        return jdbc.sql("select " + OFFER_COLUMNS + " from offer where id = ? and network_id = ?")
                .params(offerId, networkId)
                .query(OfferStore::offer)
                .optional();
    }

    Optional<OfferRecord> findByHsdsId(UUID networkId, String hsdsId) {
        return jdbc.sql("select " + OFFER_COLUMNS + " from offer where network_id = ? and hsds_id = ?")
                .params(networkId, hsdsId)
                .query(OfferStore::offer)
                .optional();
    }

    void pointTo(UUID offerId, @Nullable UUID publishedVersionId, @Nullable UUID workingVersionId) {
        jdbc.sql("update offer set published_version_id = ?, working_version_id = ?,"
                        + " lock_version = lock_version + 1 where id = ?")
                .params(publishedVersionId, workingVersionId, offerId)
                .update();
    }

    void markReviewed(UUID offerId, LocalDate on) {
        jdbc.sql("update offer set last_reviewed_on = ?, review_reminder_sent_on = null where id = ?")
                .params(on, offerId)
                .update();
    }

    void insertVersion(OfferVersion version) {
        jdbc.sql("insert into offer_version (id, offer_id, network_id, number, state, content, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)")
                .params(
                        version.id(),
                        version.offerId(),
                        version.networkId(),
                        version.number(),
                        version.state().name(),
                        json.writeValueAsString(version.content()),
                        version.createdBy(),
                        Timestamp.from(version.createdAt()))
                .update();
    }

    void replaceDraftContent(UUID versionId, OfferContent content) {
        jdbc.sql("update offer_version set content = ?::jsonb, state = 'DRAFT', submitted_by = null,"
                        + " submitted_at = null, reviewed_by = null, reviewed_at = null, rejection_reason = null"
                        + " where id = ?")
                .params(json.writeValueAsString(content), versionId)
                .update();
    }

    void submitted(UUID versionId, UUID by, Instant at) {
        jdbc.sql("update offer_version set state = 'IN_REVIEW', submitted_by = ?, submitted_at = ? where id = ?")
                .params(by, Timestamp.from(at), versionId)
                .update();
    }

    void reviewed(UUID versionId, VersionState state, UUID by, Instant at, @Nullable String reason) {
        jdbc.sql("update offer_version set state = ?, reviewed_by = ?, reviewed_at = ?, rejection_reason = ?"
                        + " where id = ?")
                .params(state.name(), by, Timestamp.from(at), reason, versionId)
                .update();
    }

    void superseded(UUID versionId) {
        jdbc.sql("update offer_version set state = 'SUPERSEDED' where id = ?")
                .param(versionId)
                .update();
    }

    Optional<OfferVersion> version(UUID versionId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from offer_version where id = ?")
                .param(versionId)
                .query((rs, row) -> version(rs, row))
                .optional();
    }

    /** All versions of the offer, newest first. */
    List<OfferVersion> versions(UUID offerId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from offer_version where offer_id = ? order by number desc")
                .param(offerId)
                .query((rs, row) -> version(rs, row))
                .list();
    }

    int nextVersionNumber(UUID offerId) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from offer_version where offer_id = ?")
                .param(offerId)
                .query(Integer.class)
                .single();
    }

    OfferContent content(String stored) {
        return json.readValue(stored, OfferContent.class);
    }

    private OfferVersion version(ResultSet rs, int row) throws SQLException {
        return new OfferVersion(
                rs.getObject("id", UUID.class),
                rs.getObject("offer_id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getInt("number"),
                VersionState.valueOf(rs.getString("state")),
                content(rs.getString("content")),
                rs.getObject("created_by", UUID.class),
                instant(rs, "created_at"),
                rs.getObject("submitted_by", UUID.class),
                instant(rs, "submitted_at"),
                rs.getObject("reviewed_by", UUID.class),
                instant(rs, "reviewed_at"),
                rs.getString("rejection_reason"));
    }

    static OfferRecord offer(ResultSet rs, int row) throws SQLException {
        return new OfferRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("hsds_id"),
                rs.getObject("published_version_id", UUID.class),
                rs.getObject("working_version_id", UUID.class),
                rs.getObject("last_reviewed_on", LocalDate.class),
                instant(rs, "created_at"));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
