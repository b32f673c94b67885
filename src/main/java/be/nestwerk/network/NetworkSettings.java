package be.nestwerk.network;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a coordinator may change about their network; blank texts are stored as absent. */
public record NetworkSettings(
        String name,
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
        @Nullable UUID directingOrganisationId) {

    public static final int MIN_AGE_MONTHS = -9;
    public static final int MAX_AGE_MONTHS = 288;

    public NetworkSettings {
        description = blankToNull(description);
        contactEmail = blankToNull(contactEmail);
        contactPhone = blankToNull(contactPhone);
        website = blankToNull(website);
        streetAddress = blankToNull(streetAddress);
        postcode = blankToNull(postcode);
        town = blankToNull(town);
        languages = languages.stream().distinct().toList();
    }

    static NetworkSettings of(NetworkView network) {
        return new NetworkSettings(
                network.name(),
                network.description(),
                network.contactEmail(),
                network.contactPhone(),
                network.website(),
                network.streetAddress(),
                network.postcode(),
                network.town(),
                network.ageFromMonths(),
                network.ageToMonths(),
                network.languages(),
                network.directingOrganisationId());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
