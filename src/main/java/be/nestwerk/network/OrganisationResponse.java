package be.nestwerk.network;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Schema(name = "OrganisationResponse", description = "A partner organisation, with its involvement when recorded")
record OrganisationResponse(
        UUID id,
        String name,
        ActorType actorType,
        @Nullable String actorTypeOther,
        @Nullable String description,
        @Nullable String website,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String streetAddress,
        @Nullable String postcode,
        @Nullable String town,
        @Nullable Involvement involvement,
        long version) {

    static OrganisationResponse of(PartnerDetail partner) {
        OrganisationDetails details = partner.organisation();
        return new OrganisationResponse(
                partner.organisationId(),
                details.name(),
                details.actorType(),
                details.actorTypeOther(),
                details.description(),
                details.website(),
                details.email(),
                details.phone(),
                details.streetAddress(),
                details.postcode(),
                details.town(),
                partner.partnership() == null ? null : partner.partnership().involvement(),
                partner.organisationVersion());
    }
}
