package be.nestwerk.offer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One found offer, with what its card and map marker show. Texts are in the requested content language, or in Dutch
 * when the offer has no such translation ({@code inDutchInstead}).
 *
 * @param textLanguage the language the name and summary are written in
 * @param distanceKm from the searched place to the nearest public place; null without a place, or for an offer
 *     without a public place (online, by phone, or at a confidential address only)
 * @param place the nearest public place (or the first one without a searched place); never a confidential one
 * @param nextSession the start of the next session of an activity, if any
 */
public record SearchResult(
        UUID id,
        UUID networkId,
        OfferKind kind,
        String name,
        @Nullable String summary,
        String textLanguage,
        boolean inDutchInstead,
        String organisationName,
        @Nullable Double distanceKm,
        @Nullable Place place,
        boolean online,
        boolean byPhone,
        @Nullable Instant nextSession,
        boolean free,
        List<CostKind> costKinds,
        List<String> languages) {

    public SearchResult {
        costKinds = List.copyOf(costKinds);
        languages = List.copyOf(languages);
    }

    /** When the next session starts, in Belgian time. */
    public @Nullable LocalDateTime nextSessionInBelgium() {
        return nextSession == null ? null : LocalDateTime.ofInstant(nextSession, SessionOccurrences.BELGIUM);
    }

    public boolean rightToLeft() {
        return ContentLanguage.isRightToLeft(textLanguage);
    }

    /** Reached without going to a public place: online, by phone, or through the contact route only. */
    public boolean remote() {
        return place == null;
    }

    /** A public place of the offer: where it is, not who is there. */
    public record Place(
            @Nullable String name,
            @Nullable String postcode,
            @Nullable String locality,
            @Nullable Double latitude,
            @Nullable Double longitude) {

        public boolean onMap() {
            return latitude != null && longitude != null;
        }
    }
}
