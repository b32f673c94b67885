package be.nestwerk.security;

import static be.nestwerk.security.AuthorisationMatrixIT.COORDINATORS;
import static be.nestwerk.security.AuthorisationMatrixIT.FAMILY_STAFF;

import be.nestwerk.security.AuthorisationMatrixIT.Actor;
import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * Matrix rows for the referral pages. Staff of the sending or the receiving partner get in; every id-guessing attempt
 * is refused to everyone: a referral between two other partners, a foreign network's referral asked under this
 * network's address, a referral to the own organisation whose family revoked its consent, a family of another
 * organisation or of another network on the referral form. A step without its details is a 400, after the check.
 */
final class ReferralRows {

    private static final Set<Actor> NOBODY = EnumSet.noneOf(Actor.class);

    private ReferralRows() {}

    static List<Row> rows() {
        return List.of(
                new Row(HttpMethod.GET, "/n/{slug}/referrals", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/referrals?side=SENDER", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/referrals/new", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/referrals/new?family={familyId}", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/referrals/new?family={otherFamilyId}", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/referrals/new?family={foreignFamilyId}", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/referrals/new", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/referrals/overdue", COORDINATORS),
                new Row(HttpMethod.GET, "/n/{slug}/referrals/{referralId}", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/referrals/{receivedReferralId}", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/referrals/{otherReferralId}", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/referrals/{foreignReferralId}", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/referrals/{revokedReferralId}", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/referrals/{referralId}/steps", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/referrals/{receivedReferralId}/steps", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/referrals/{otherReferralId}/steps", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/referrals/{foreignReferralId}/steps", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/referrals/{revokedReferralId}/steps", NOBODY),
                Row.lookup(HttpMethod.GET, "/n/{slug}/referrals/{unknownReferralId}", NOBODY));
    }
}
