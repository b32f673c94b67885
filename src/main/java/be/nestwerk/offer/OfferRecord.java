package be.nestwerk.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An offer's identity and pointers: which version is published and which is being worked on. */
public record OfferRecord(
        UUID id,
        UUID networkId,
        UUID organisationId,
        @Nullable String hsdsId,
        @Nullable UUID publishedVersionId,
        @Nullable UUID workingVersionId,
        LocalDate lastReviewedOn,
        Instant createdAt) {

    public boolean isPublished() {
        return publishedVersionId != null;
    }
}
