package be.nestwerk.security;

import static be.nestwerk.security.AuthorisationMatrixIT.FAMILY_STAFF;

import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.security.AuthorisationMatrixIT.Actor;
import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Matrix rows for the companion of a warm referral. The matrix's volunteer sees their own task; every id-guessing
 * attempt is refused to everyone: a referral without a companion, another volunteer's task, a foreign network's task asked under this network's
 * address, a task whose referral was revoked, one whose family revoked its consent. Only the sender names a companion.
 */
final class CompanionRows {

    private static final Set<Actor> NOBODY = EnumSet.noneOf(Actor.class);
    private static final Set<Actor> VOLUNTEERS = EnumSet.of(Actor.VOLUNTEER);

    private CompanionRows() {}

    static List<Row> rows() {
        return List.of(
                new Row(HttpMethod.GET, "/n/{slug}/tasks", VOLUNTEERS),
                new Row(HttpMethod.GET, "/n/{slug}/tasks/{referralId}", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/tasks/{companionTaskId}", VOLUNTEERS),
                new Row(HttpMethod.GET, "/n/{slug}/tasks/{otherCompanionTaskId}", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/tasks/{foreignCompanionTaskId}", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/tasks/{endedCompanionTaskId}", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/tasks/{revokedReferralId}", NOBODY),
                Row.lookup(HttpMethod.GET, "/n/{slug}/tasks/{unknownReferralId}", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/tasks/{referralId}/done", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/tasks/{companionTaskId}/done", VOLUNTEERS),
                new Row(HttpMethod.POST, "/n/{slug}/tasks/{otherCompanionTaskId}/done", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/tasks/{foreignCompanionTaskId}/done", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/tasks/{endedCompanionTaskId}/done", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/referrals/{referralId}/companion", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/referrals/{receivedReferralId}/companion", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/referrals/{otherReferralId}/companion", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/referrals/{foreignReferralId}/companion", NOBODY));
    }

    /**
     * Companions written directly, after {@link MatrixFixture#referrals}: the matrix's volunteer on the referral the
     * own organisation received ({companionTaskId}), on the foreign network's referral, on the referral whose family
     * revoked its consent, and on a revoked copy of the received one ({endedCompanionTaskId}); another volunteer on a
     * second copy ({otherCompanionTaskId}).
     */
    static void prepare(MatrixFixture fixture, ApplicationContext context, UUID volunteer) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        AccountView other = context.getBean(Accounts.class)
                .create(
                        "other-volunteer-" + UUID.randomUUID().toString().substring(0, 8) + "@matrix.example.org",
                        "Other volunteer",
                        "matrix-password-123");
        context.getBean(Memberships.class).grant(other.id(), fixture.ownNetwork, null, Role.VOLUNTEER);
        UUID received = UUID.fromString(fixture.expand("{receivedReferralId}"));
        companion(jdbc, received, volunteer);
        companion(jdbc, UUID.fromString(fixture.expand("{foreignReferralId}")), volunteer);
        companion(jdbc, UUID.fromString(fixture.expand("{revokedReferralId}")), volunteer);
        fixture.put("{companionTaskId}", received);
        fixture.put("{endedCompanionTaskId}", companion(jdbc, copy(jdbc, received, "REVOKED"), volunteer));
        fixture.put("{otherCompanionTaskId}", companion(jdbc, copy(jdbc, received, "SENT"), other.id()));
        fixture.put("{foreignCompanionTaskId}", fixture.expand("{foreignReferralId}"));
    }

    private static UUID copy(JdbcTemplate jdbc, UUID referral, String status) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into referral (id, network_id, family_id, request_id, from_organisation, sent_by,"
                        + " to_organisation, reason, family_wishes, status, status_since, created_at)"
                        + " select ?, network_id, family_id, ?, from_organisation, sent_by, to_organisation, reason,"
                        + " family_wishes, ?, now(), now() from referral where id = ?",
                id,
                UUID.randomUUID(),
                status,
                referral);
        return id;
    }

    private static UUID companion(JdbcTemplate jdbc, UUID referral, UUID account) {
        jdbc.update(
                "insert into referral_companion (referral_id, network_id, companion_account, meeting_at, meeting_place,"
                        + " named_by, named_at) select id, network_id, ?, now() + interval '3 days', 'Matrixplaats',"
                        + " sent_by, now() from referral where id = ?",
                account,
                referral);
        return referral;
    }
}
