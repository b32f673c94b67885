package be.nestwerk.referral;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of a list of referrals, with the total to page through and the names of the families the reader may see
 * (none for a family whose consent to the reader's organisation was revoked).
 */
record ReferralPage(List<Referral> referrals, Map<UUID, String> familyNames, int total, int page, int size) {

    ReferralPage {
        referrals = List.copyOf(referrals);
        familyNames = Map.copyOf(familyNames);
    }
}
