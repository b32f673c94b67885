package be.nestwerk.network;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A network as other modules and pages see it. Ages are in months: -9 is the start of pregnancy, 288 is 24 years. */
public record NetworkView(
        UUID id,
        String slug,
        String name,
        NetworkKind kind,
        @Nullable UUID parentNetworkId,
        @Nullable String description,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String website,
        @Nullable String streetAddress,
        @Nullable String postcode,
        @Nullable String town,
        int ageFromMonths,
        int ageToMonths,
        List<String> languages,
        @Nullable UUID directingOrganisationId,
        boolean demo) {

    public boolean huisVanHetKind() {
        return kind == NetworkKind.HUIS_VAN_HET_KIND;
    }
}
