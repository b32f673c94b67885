package be.nestwerk.referral;

import java.util.List;

/** One page of a list of referrals, with the total to page through. */
record ReferralPage(List<Referral> referrals, int total, int page, int size) {

    ReferralPage {
        referrals = List.copyOf(referrals);
    }
}
