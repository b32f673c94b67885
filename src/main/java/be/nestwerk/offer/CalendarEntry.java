package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.Place;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One dated session in the calendar, as the public may see it: the offer's name in the asked language (or in Dutch,
 * {@code translated} false), its organisation, the public place where it happens (null when it has none or when the
 * place is confidential) and how to get a place. Times are in Belgium.
 *
 * @param language the language the name and summary are written in
 */
record CalendarEntry(
        UUID sessionId,
        UUID offerId,
        ZonedDateTime startsAt,
        ZonedDateTime endsAt,
        String name,
        @Nullable String summary,
        String language,
        boolean translated,
        String organisationName,
        String networkName,
        OfferStatus status,
        @Nullable Place place,
        @Nullable Integer capacity,
        @Nullable Integer placesLeft,
        @Nullable String registrationUrl,
        @Nullable String registrationPhone,
        Instant modifiedAt) {

    public LocalDate day() {
        return startsAt.toLocalDate();
    }

    public boolean full() {
        return placesLeft != null && placesLeft <= 0;
    }

    public boolean rightToLeft() {
        return ContentLanguage.isRightToLeft(language);
    }

    /** The public address on one line ("Sporthal, Kerkstraat 1, 2800 Mechelen"), or null when there is none. */
    public @Nullable String address() {
        if (place == null) {
            return null;
        }
        String town = Stream.of(place.postcode(), place.locality())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return Stream.of(place.name(), place.street(), town)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }
}
