package be.nestwerk.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The companions of referrals in PostgreSQL; callers have entered the family scope (row-level security). */
@Repository
class CompanionStore {

    private static final String COLUMNS = "referral_id, network_id, companion_account, meeting_at, meeting_place,"
            + " share_contact, named_by, named_at, done_by, done_at";

    private final JdbcClient jdbc;

    CompanionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Names the companion, replacing one named before; a new companion has not gone along yet. */
    void name(Companion companion) {
        jdbc.sql("insert into referral_companion (" + COLUMNS + ") values (:referral, :network, :account, :meetingAt,"
                        + " :place, :share, :namedBy, :namedAt, null, null) on conflict (referral_id) do update set"
                        + " companion_account = excluded.companion_account, meeting_at = excluded.meeting_at,"
                        + " meeting_place = excluded.meeting_place, share_contact = excluded.share_contact,"
                        + " named_by = excluded.named_by, named_at = excluded.named_at,"
                        + " done_by = case when referral_companion.companion_account = excluded.companion_account"
                        + " then referral_companion.done_by end,"
                        + " done_at = case when referral_companion.companion_account = excluded.companion_account"
                        + " then referral_companion.done_at end")
                .param("referral", companion.referralId())
                .param("network", companion.networkId())
                .param("account", companion.account())
                .param("meetingAt", companion.meetingAt())
                .param("place", companion.meetingPlace())
                .param("share", companion.shareContact())
                .param("namedBy", companion.namedBy())
                .param("namedAt", Timestamp.from(companion.namedAt()))
                .update();
    }

    Optional<Companion> find(UUID referralId) {
        return jdbc.sql("select " + COLUMNS + " from referral_companion where referral_id = :referral")
                .param("referral", referralId)
                .query(CompanionStore::companion)
                .optional();
    }

    /** The companion tasks of this volunteer whose referral has not ended, by meeting. */
    List<Companion> openTasksOf(UUID account) {
        return jdbc.sql("select c.referral_id, c.network_id, c.companion_account, c.meeting_at, c.meeting_place,"
                        + " c.share_contact, c.named_by, c.named_at, c.done_by, c.done_at from referral_companion c"
                        + " join referral r on r.id = c.referral_id where c.companion_account = :account"
                        + " and r.status in ('SENT', 'OPENED', 'ACCEPTED', 'CONTACT_MADE')"
                        + " order by c.meeting_at, c.referral_id")
                .param("account", account)
                .query(CompanionStore::companion)
                .list();
    }

    /** Records that the companion went along, once; returns whether this call recorded it. */
    boolean done(UUID referralId, UUID by, Instant at) {
        return jdbc.sql("update referral_companion set done_by = :by, done_at = :at where referral_id = :referral"
                                + " and done_at is null")
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("referral", referralId)
                        .update()
                == 1;
    }

    private static Companion companion(ResultSet rs, int row) throws SQLException {
        Timestamp doneAt = rs.getTimestamp("done_at");
        return new Companion(
                rs.getObject("referral_id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getObject("companion_account", UUID.class),
                rs.getTimestamp("meeting_at").toLocalDateTime(),
                rs.getString("meeting_place"),
                rs.getBoolean("share_contact"),
                rs.getObject("named_by", UUID.class),
                rs.getTimestamp("named_at").toInstant(),
                rs.getObject("done_by", UUID.class),
                doneAt == null ? null : doneAt.toInstant());
    }
}
