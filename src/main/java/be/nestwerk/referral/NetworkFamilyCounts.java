package be.nestwerk.referral;

import be.nestwerk.network.NetworkView;
import java.util.List;

/** The agency's counts for one network: no name, no id of a family, only numbers, small ones suppressed. */
record NetworkFamilyCounts(
        NetworkView network,
        FamilyCount families,
        FamilyCount anonymisedFamilies,
        FamilyCount consentsInForce,
        List<Counted> referrals,
        List<Counted> questions,
        FamilyCount familyPlans) {

    /** The count of one status, with the key of its label. */
    record Counted(String messageKey, FamilyCount count) {}
}
