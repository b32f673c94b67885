package be.nestwerk.offer;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One dated occurrence of a published activity. */
public record SessionView(
        UUID id,
        UUID offerId,
        UUID seriesId,
        @Nullable UUID placeId,
        Instant startsAt,
        Instant endsAt,
        @Nullable Integer capacity,
        @Nullable Integer placesLeft) {}
