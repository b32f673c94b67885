package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.SessionSeries;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.model.Recur;
import org.jspecify.annotations.Nullable;

/** Expands activity sessions (one-off or RFC 5545 recurring) into dated occurrences in Belgian time. */
final class SessionOccurrences {

    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    /** No series yields more occurrences than this in one expansion (a daily series over a year and a half). */
    static final int MAX_PER_SERIES = 550;

    private SessionOccurrences() {}

    /** One dated occurrence; the id depends only on the series and the date, so it is stable across versions. */
    record Occurrence(
            UUID id,
            UUID seriesId,
            @Nullable UUID placeId,
            Instant startsAt,
            Instant endsAt,
            @Nullable Integer capacity,
            @Nullable Integer placesLeft) {}

    static boolean isValidRecurrence(String rule) {
        try {
            new Recur<LocalDate>(rule)
                    .getDates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
            return true;
        } catch (RuntimeException invalid) {
            return false;
        }
    }

    /** The occurrences of the series whose date lies in [from, to], in date order. */
    static List<Occurrence> expand(SessionSeries series, LocalDate from, LocalDate to) {
        List<LocalDate> dates;
        if (series.recurrence() == null) {
            dates = series.date().isBefore(from) || series.date().isAfter(to) ? List.of() : List.of(series.date());
        } else {
            LocalDate start = series.date().isAfter(from) ? series.date() : from;
            dates = new Recur<LocalDate>(series.recurrence())
                    .getDates(series.date(), start, to.plusDays(1), MAX_PER_SERIES).stream()
                            .filter(date -> !date.isBefore(from) && !date.isAfter(to))
                            .toList();
        }
        return dates.stream()
                .map(date -> new Occurrence(
                        occurrenceId(series.id(), date),
                        series.id(),
                        series.placeId(),
                        date.atTime(series.starts()).atZone(BELGIUM).toInstant(),
                        date.atTime(series.ends()).atZone(BELGIUM).toInstant(),
                        series.capacity(),
                        series.placesLeft()))
                .toList();
    }

    static UUID occurrenceId(UUID seriesId, LocalDate date) {
        return UUID.nameUUIDFromBytes((seriesId + "/" + date).getBytes(StandardCharsets.UTF_8));
    }
}
