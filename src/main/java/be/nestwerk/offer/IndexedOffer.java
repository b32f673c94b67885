package be.nestwerk.offer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A published offer as the in-memory search index holds it: the columns the search filters and orders on, what a
 * result card shows, its public places (never a confidential one) and the starts of its coming sessions.
 *
 * @param lifeDomains the bits of its life domains ({@code 1 << ordinal})
 * @param weekdays the bits of the days it is open or has sessions (Monday = 1)
 * @param lexemes the Dutch lexemes of its search document, each with its best weight in {@code weights} (A = 3 … D = 0)
 * @param sessionStarts the starts of its sessions in epoch milliseconds, ascending
 */
record IndexedOffer(
        UUID id,
        UUID networkId,
        OfferKind kind,
        String name,
        int ageFrom,
        int ageTo,
        long lifeDomains,
        List<String> languages,
        boolean free,
        int weekdays,
        String organisationName,
        boolean online,
        boolean byPhone,
        List<CostKind> costKinds,
        Map<String, CardText> texts,
        List<Place> places,
        long[] sessionStarts,
        String[] lexemes,
        byte[] weights) {

    static final byte WEIGHT_A = 3;
    static final byte WEIGHT_B = 2;

    /** A name and summary in one language. */
    record CardText(@Nullable String name, @Nullable String summary) {}

    /** A public place, in the offer's order. */
    record Place(
            @Nullable String name,
            @Nullable String postcode,
            @Nullable String locality,
            @Nullable Double latitude,
            @Nullable Double longitude) {

        boolean onMap() {
            return latitude != null && longitude != null;
        }

        SearchResult.Place result() {
            return new SearchResult.Place(name, postcode, locality, latitude, longitude);
        }
    }

    /** Whether it has a public place on the map; one without is reached online, by phone or through its contact. */
    boolean located() {
        for (Place place : places) {
            if (place.onMap()) {
                return true;
            }
        }
        return false;
    }

    /** The start of its first session at or after {@code epochMillis}, or null. */
    @Nullable
    Long nextSession(long epochMillis) {
        int at = Arrays.binarySearch(sessionStarts, epochMillis);
        int index = at >= 0 ? at : -at - 1;
        return index < sessionStarts.length ? sessionStarts[index] : null;
    }
}
