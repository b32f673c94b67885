package be.nestwerk.family;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the families a professional may see. */
public record FamilyListing(
        UUID id,
        String name,
        boolean pseudonym,
        @Nullable String postcode,
        UUID registeredByOrganisation,
        int children,
        Instant lastContactAt) {}
