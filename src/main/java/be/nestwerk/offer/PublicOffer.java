package be.nestwerk.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A published offer as anyone may see it. Its content never holds a confidential place: those are removed here,
 * once, and {@code hasConfidentialPlace} says that the contact route is the way in.
 */
public record PublicOffer(
        UUID id,
        UUID networkId,
        String networkSlug,
        String networkName,
        UUID organisationId,
        String organisationName,
        UUID versionId,
        OfferContent content,
        boolean hasConfidentialPlace,
        Instant publishedAt,
        Instant modifiedAt,
        LocalDate lastReviewedOn) {}
