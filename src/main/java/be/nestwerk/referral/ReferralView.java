package be.nestwerk.referral;

import be.nestwerk.family.Family;
import java.util.List;

/** A referral as its page shows it: the side the reader stands on, the family, and every step so far. */
record ReferralView(Referral referral, ReferralSide side, Family family, List<ReferralStep> steps) {

    ReferralView {
        steps = List.copyOf(steps);
    }

    public boolean may(ReferralStatus next) {
        return Referral.sideFor(next) == side && referral.allows(next);
    }
}
