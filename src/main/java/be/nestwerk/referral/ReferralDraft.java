package be.nestwerk.referral;

import be.nestwerk.family.Family;
import be.nestwerk.platform.tenancy.OrganisationRef;
import java.util.List;

/** The start of a referral: the family, the organisations one refers from, the partners the family consented to. */
record ReferralDraft(Family family, List<OrganisationRef> mine, List<OrganisationRef> consented) {

    ReferralDraft {
        mine = List.copyOf(mine);
        consented = List.copyOf(consented);
    }
}
