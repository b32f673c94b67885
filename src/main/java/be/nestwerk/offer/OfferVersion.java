package be.nestwerk.offer;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One version of an offer's content and where it is in its review. */
public record OfferVersion(
        UUID id,
        UUID offerId,
        UUID networkId,
        int number,
        VersionState state,
        OfferContent content,
        @Nullable UUID createdBy,
        Instant createdAt,
        @Nullable UUID submittedBy,
        @Nullable Instant submittedAt,
        @Nullable UUID reviewedBy,
        @Nullable Instant reviewedAt,
        @Nullable String rejectionReason) {}
