package be.nestwerk.network;

import org.jspecify.annotations.Nullable;

/** What describes a partner organisation; also its snapshot in the audit log. */
record OrganisationDetails(
        String name,
        ActorType actorType,
        @Nullable String actorTypeOther,
        @Nullable String description,
        @Nullable String website,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String streetAddress,
        @Nullable String postcode,
        @Nullable String town) {

    OrganisationDetails {
        name = name.strip();
        actorTypeOther = actorType.needsSpecification() ? PartnerText.clean(actorTypeOther) : null;
        description = PartnerText.clean(description);
        website = PartnerText.clean(website);
        email = PartnerText.clean(email);
        phone = PartnerText.clean(phone);
        streetAddress = PartnerText.clean(streetAddress);
        postcode = PartnerText.clean(postcode);
        town = PartnerText.clean(town);
    }
}
