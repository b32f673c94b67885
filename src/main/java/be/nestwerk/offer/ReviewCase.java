package be.nestwerk.offer;

import be.nestwerk.offer.OfferDescription.Field;
import be.nestwerk.offer.VersionDifferences.Change;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One offer as its reviewer sees it: the candidate version in full and what changed compared to the published
 * version. Without a candidate (nothing waits for review) only the offer's name and owner are known.
 */
record ReviewCase(
        UUID offerId,
        String name,
        String organisation,
        @Nullable OfferVersion candidate,
        @Nullable OfferVersion published,
        @Nullable String submittedBy,
        @Nullable LocalDateTime submittedAt,
        List<Field> fields,
        List<Change> changes) {

    public boolean inReview() {
        return candidate != null;
    }

    /** Nothing was published before: the candidate is the offer's first public version. */
    public boolean firstPublication() {
        return published == null;
    }
}
