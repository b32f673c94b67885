package be.nestwerk.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The referrals and their steps in PostgreSQL; callers have entered the family scope (row-level security). */
@Repository
class ReferralStore {

    private static final String COLUMNS = "id, network_id, family_id, request_id, from_organisation, sent_by,"
            + " to_organisation, reason, family_wishes, language, interpreter_needed, contact_route, contact_times,"
            + " accompanied, introduction_call, first_visit_together, warm_note, question_id, material_support_id,"
            + " offer_id, status, status_since, outcome, reminded_at, created_at, version";

    /** A referral of an anonymised family cannot go on (its consents were revoked): it no longer counts as waiting. */
    private static final String FAMILY_NOT_ERASED =
            "not exists (select 1 from family f where f.id = referral.family_id and f.anonymised_at is not null)";

    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the referral unless one with its request id exists; returns whether it was inserted. */
    boolean insert(Referral referral) {
        ReferralRequest request = referral.request();
        WarmHandover warm = referral.warm();
        return jdbc.sql("insert into referral (" + COLUMNS + ") values (:id, :network, :family, :request, :from,"
                                + " :sentBy, :to, :reason, :wishes, :language, :interpreter, :contactRoute, :contactTimes,"
                                + " :accompanied, :introduction, :firstVisit, :warmNote, :question, :support, :offer, :status,"
                                + " :since, null, null, :createdAt, 0) on conflict (network_id, request_id) do nothing")
                        .param("id", referral.id())
                        .param("network", referral.networkId())
                        .param("family", referral.familyId())
                        .param("request", referral.requestId())
                        .param("from", referral.fromOrganisation())
                        .param("sentBy", referral.sentBy())
                        .param("to", referral.toOrganisation())
                        .param("reason", request.reason())
                        .param("wishes", request.familyWishes())
                        .param("language", request.language())
                        .param("interpreter", request.interpreterNeeded())
                        .param("contactRoute", request.contactRoute())
                        .param("contactTimes", request.contactTimes())
                        .param("accompanied", warm.accompanied())
                        .param("introduction", warm.introductionCall())
                        .param("firstVisit", warm.firstVisitTogether())
                        .param("warmNote", warm.note())
                        .param("question", referral.questionId())
                        .param("support", referral.materialSupportId())
                        .param("offer", referral.offerId())
                        .param("status", referral.status().name())
                        .param("since", Timestamp.from(referral.statusSince()))
                        .param("createdAt", Timestamp.from(referral.createdAt()))
                        .update()
                == 1;
    }

    Optional<Referral> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from referral where id = :id")
                .param("id", id)
                .query(ReferralStore::referral)
                .optional();
    }

    Optional<Referral> findByRequest(UUID networkId, UUID requestId) {
        return jdbc.sql("select " + COLUMNS + " from referral where network_id = :network and request_id = :request")
                .param("network", networkId)
                .param("request", requestId)
                .query(ReferralStore::referral)
                .optional();
    }

    /** Saves a step's new status if nobody moved the referral since it was read (at that version); returns whether it did. */
    boolean move(long readVersion, Referral moved, ReferralStep step) {
        int updated = jdbc.sql("update referral set status = :status, status_since = :since, outcome = :outcome,"
                        + " reminded_at = null, version = version + 1 where id = :id and version = :version")
                .param("status", moved.status().name())
                .param("since", Timestamp.from(moved.statusSince()))
                .param(
                        "outcome",
                        moved.outcome() == null ? null : moved.outcome().name())
                .param("id", moved.id())
                .param("version", readVersion)
                .update();
        if (updated == 1) {
            insertStep(moved.networkId(), step);
        }
        return updated == 1;
    }

    void insertStep(UUID networkId, ReferralStep step) {
        jdbc.sql("insert into referral_step (referral_id, network_id, status, outcome, decline_reason, note,"
                        + " by_account, by_organisation, at) values (:referral, :network, :status, :outcome, :reason,"
                        + " :note, :by, :organisation, :at)")
                .param("referral", step.referralId())
                .param("network", networkId)
                .param("status", step.status().name())
                .param("outcome", step.outcome() == null ? null : step.outcome().name())
                .param(
                        "reason",
                        step.declineReason() == null
                                ? null
                                : step.declineReason().name())
                .param("note", step.note())
                .param("by", step.byAccount())
                .param("organisation", step.byOrganisation())
                .param("at", Timestamp.from(step.at()))
                .update();
    }

    List<ReferralStep> steps(UUID referralId) {
        return jdbc.sql("select referral_id, status, outcome, decline_reason, note, by_account, by_organisation, at"
                        + " from referral_step where referral_id = :id order by id")
                .param("id", referralId)
                .query((rs, row) -> new ReferralStep(
                        rs.getObject("referral_id", UUID.class),
                        ReferralStatus.valueOf(rs.getString("status")),
                        enumOrNull(ReferralOutcome.class, rs.getString("outcome")),
                        enumOrNull(DeclineReason.class, rs.getString("decline_reason")),
                        rs.getString("note"),
                        rs.getObject("by_account", UUID.class),
                        rs.getObject("by_organisation", UUID.class),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** A page of the referrals sent by, or sent to, these organisations, newest first. */
    List<Referral> page(ReferralSide side, Collection<UUID> organisations, int offset, int limit) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from referral where " + column(side) + " in (:organisations)"
                        + " order by created_at desc, id limit :limit offset :offset")
                .param("organisations", organisations)
                .param("limit", limit)
                .param("offset", offset)
                .query(ReferralStore::referral)
                .list();
    }

    int count(ReferralSide side, Collection<UUID> organisations) {
        if (organisations.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from referral where " + column(side) + " in (:organisations)")
                .param("organisations", organisations)
                .query(Integer.class)
                .single();
    }

    /** The family's referrals, newest first. */
    List<Referral> ofFamily(UUID familyId) {
        return jdbc.sql("select " + COLUMNS + " from referral where family_id = :family order by created_at desc")
                .param("family", familyId)
                .query(ReferralStore::referral)
                .list();
    }

    /** The referrals of the current network that wait in a status since before this moment, longest first. */
    List<Referral> waitingSince(Instant before, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from referral where status in ('SENT', 'OPENED', 'ACCEPTED',"
                        + " 'CONTACT_MADE') and status_since < :before and " + FAMILY_NOT_ERASED
                        + " order by status_since, id"
                        + " limit :limit offset :offset")
                .param("before", Timestamp.from(before))
                .param("limit", limit)
                .param("offset", offset)
                .query(ReferralStore::referral)
                .list();
    }

    int countWaitingSince(Instant before) {
        return jdbc.sql("select count(*) from referral where status in ('SENT', 'OPENED', 'ACCEPTED',"
                        + " 'CONTACT_MADE') and status_since < :before and " + FAMILY_NOT_ERASED)
                .param("before", Timestamp.from(before))
                .query(Integer.class)
                .single();
    }

    /** Claims referrals not yet reminded in their status, waiting since before the moment; skips those locked. */
    List<Referral> claimUnreminded(Instant before, int limit) {
        return jdbc.sql("select " + COLUMNS + " from referral where status in ('SENT', 'OPENED', 'ACCEPTED',"
                        + " 'CONTACT_MADE') and status_since < :before and reminded_at is null"
                        + " order by status_since limit :limit for update skip locked")
                .param("before", Timestamp.from(before))
                .param("limit", limit)
                .query(ReferralStore::referral)
                .list();
    }

    void reminded(UUID referralId, Instant at) {
        jdbc.sql("update referral set reminded_at = :at where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", referralId)
                .update();
    }

    /** The networks that have referrals waiting, so that reminders run network by network under row-level security. */
    List<UUID> networksWithWaiting() {
        return jdbc.sql("select distinct network_id from referral where status in ('SENT', 'OPENED', 'ACCEPTED',"
                        + " 'CONTACT_MADE') and reminded_at is null")
                .query(UUID.class)
                .list();
    }

    private static String column(ReferralSide side) {
        return side == ReferralSide.SENDER ? "from_organisation" : "to_organisation";
    }

    private static Referral referral(ResultSet rs, int row) throws SQLException {
        Timestamp reminded = rs.getTimestamp("reminded_at");
        return new Referral(
                rs.getObject("id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getObject("family_id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getObject("from_organisation", UUID.class),
                rs.getObject("sent_by", UUID.class),
                rs.getObject("to_organisation", UUID.class),
                new ReferralRequest(
                        rs.getString("reason"),
                        rs.getString("family_wishes"),
                        rs.getString("language"),
                        rs.getBoolean("interpreter_needed"),
                        rs.getString("contact_route"),
                        rs.getString("contact_times")),
                new WarmHandover(
                        rs.getBoolean("accompanied"),
                        rs.getBoolean("introduction_call"),
                        rs.getBoolean("first_visit_together"),
                        rs.getString("warm_note")),
                rs.getObject("question_id", UUID.class),
                rs.getObject("material_support_id", UUID.class),
                rs.getObject("offer_id", UUID.class),
                ReferralStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("status_since").toInstant(),
                enumOrNull(ReferralOutcome.class, rs.getString("outcome")),
                reminded == null ? null : reminded.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version"));
    }

    private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
