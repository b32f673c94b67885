package be.nestwerk.network;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A partner's involvement and its commitment on paper (seed 000: "each partner clearly states his own input and
 * expectations"); also its snapshot in the audit log.
 */
record PartnershipTerms(
        Involvement involvement,
        @Nullable String inputStaffTime,
        @Nullable String inputResources,
        @Nullable String inputPremises,
        @Nullable String inputExpertise,
        @Nullable String expectations,
        List<EssentialFunction> essentialFunctions,
        @Nullable LocalDate reviewDate) {

    PartnershipTerms {
        inputStaffTime = PartnerText.clean(inputStaffTime);
        inputResources = PartnerText.clean(inputResources);
        inputPremises = PartnerText.clean(inputPremises);
        inputExpertise = PartnerText.clean(inputExpertise);
        expectations = PartnerText.clean(expectations);
        essentialFunctions = essentialFunctions.stream().distinct().sorted().toList();
    }
}
