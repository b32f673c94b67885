package be.nestwerk.family;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A family withdrew a consent: through a professional ({@code by}), or itself through its personal link (no
 * {@code by}). Published inside the revocation's transaction, so that what rested on the consent ends with it.
 */
public record ConsentRevoked(
        UUID networkId,
        UUID familyId,
        UUID consentId,
        @Nullable UUID organisationId,
        ConsentPurpose purpose,
        @Nullable UUID by) {}
