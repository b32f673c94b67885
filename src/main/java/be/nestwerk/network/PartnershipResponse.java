package be.nestwerk.network;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Schema(name = "PartnershipResponse", description = "A partner's involvement and its commitment on paper")
record PartnershipResponse(
        UUID organisationId,
        Involvement involvement,
        @Nullable String inputStaffTime,
        @Nullable String inputResources,
        @Nullable String inputPremises,
        @Nullable String inputExpertise,
        @Nullable String expectations,
        List<EssentialFunction> essentialFunctions,
        @Nullable LocalDate reviewDate,
        long version) {

    static PartnershipResponse of(UUID organisationId, PartnershipTerms terms, long version) {
        return new PartnershipResponse(
                organisationId,
                terms.involvement(),
                terms.inputStaffTime(),
                terms.inputResources(),
                terms.inputPremises(),
                terms.inputExpertise(),
                terms.expectations(),
                terms.essentialFunctions(),
                terms.reviewDate(),
                version);
    }
}
