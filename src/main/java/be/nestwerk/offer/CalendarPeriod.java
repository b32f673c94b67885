package be.nestwerk.offer;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * The days a calendar page shows: a week (Monday to Sunday) or a month, around any day in it. {@code to} is the day
 * after the last one. Instants are taken at midnight in Belgium, so a week across a change to or from summer time
 * still runs from Monday 00:00 to Monday 00:00 local time.
 */
record CalendarPeriod(View view, LocalDate from, LocalDate to) {

    enum View {
        WEEK,
        MONTH;

        static Optional<View> parse(String value) {
            for (View view : values()) {
                if (view.name().equalsIgnoreCase(value.strip())) {
                    return Optional.of(view);
                }
            }
            return Optional.empty();
        }

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static CalendarPeriod of(View view, LocalDate day) {
        return switch (view) {
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new CalendarPeriod(view, monday, monday.plusWeeks(1));
            }
            case MONTH -> {
                LocalDate first = day.withDayOfMonth(1);
                yield new CalendarPeriod(view, first, first.plusMonths(1));
            }
        };
    }

    static CalendarPeriod month(LocalDate day) {
        return of(View.MONTH, day);
    }

    CalendarPeriod previous() {
        return of(view, view == View.WEEK ? from.minusWeeks(1) : from.minusMonths(1));
    }

    CalendarPeriod next() {
        return of(view, to);
    }

    LocalDate last() {
        return to.minusDays(1);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(to);
    }

    Instant start() {
        return from.atStartOfDay(SessionOccurrences.BELGIUM).toInstant();
    }

    Instant end() {
        return to.atStartOfDay(SessionOccurrences.BELGIUM).toInstant();
    }
}
