package be.nestwerk.offer;

import static be.nestwerk.offer.SyntheticCatalogue.pick;

import be.nestwerk.offer.OfferContent.Contact;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferContent.SessionSeries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The dated sessions of a synthetic activity: weekly or fortnightly series, a fixed weekday of the month, daily
 * holiday weeks, or a few one-off dates; about as many occurrences as asked, all within the projection's horizon.
 */
final class SyntheticSessions {

    private static final List<DayOfWeek> USUAL_DAYS = List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY,
            DayOfWeek.SATURDAY,
            DayOfWeek.SATURDAY);
    private static final List<LocalTime[]> SLOTS = List.of(
            new LocalTime[] {LocalTime.of(9, 30), LocalTime.of(11, 0)},
            new LocalTime[] {LocalTime.of(10, 0), LocalTime.of(12, 0)},
            new LocalTime[] {LocalTime.of(14, 0), LocalTime.of(16, 0)},
            new LocalTime[] {LocalTime.of(16, 0), LocalTime.of(17, 30)},
            new LocalTime[] {LocalTime.of(19, 0), LocalTime.of(21, 0)});

    private final SplittableRandom random;
    private final LocalDate today;
    private final List<LocalDate> holidayMondays;

    SyntheticSessions(SplittableRandom random, LocalDate today) {
        this.random = random;
        this.today = today;
        this.holidayMondays = holidayMondays(today);
    }

    List<SessionSeries> series(
            SyntheticTheme.Rhythm rhythm,
            UUID offerKey,
            List<Place> places,
            Contact contact,
            List<AccessMode> access,
            int target) {
        List<SessionSeries> series = new ArrayList<>();
        int left = target;
        if (target <= 2) {
            for (int i = 0; i < target; i++) {
                LocalDate date = today.plusDays(3 + random.nextInt(150));
                series.add(session(offerKey, series.size(), places, contact, access, date, pick(random, SLOTS), null));
            }
            return series;
        }
        switch (rhythm) {
            case HOLIDAY_WEEKS -> {
                int week = random.nextInt(holidayMondays.size());
                LocalTime[] day = {LocalTime.of(9, 0), LocalTime.of(16, 30)};
                for (int i = 0; left > 0 && i < holidayMondays.size(); i++) {
                    int count = Math.min(5, left);
                    LocalDate monday = holidayMondays.get((week + i) % holidayMondays.size());
                    String rule = "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=" + count;
                    series.add(session(offerKey, series.size(), places, contact, access, monday, day, rule));
                    left -= count;
                }
            }
            case MONTHLY -> {
                for (int i = 0; left > 0 && i < 3; i++) {
                    int count = Math.min(15, left);
                    int ordinal = 1 + random.nextInt(4);
                    DayOfWeek weekday = pick(random, USUAL_DAYS);
                    LocalDate month = today.plusDays(random.nextInt(40)).withDayOfMonth(1);
                    LocalDate first = month.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
                    if (!first.isAfter(today)) {
                        first = month.plusMonths(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
                    }
                    String rule = "FREQ=MONTHLY;BYDAY=" + ordinal + code(weekday) + ";COUNT=" + count;
                    series.add(session(
                            offerKey, series.size(), places, contact, access, first, pick(random, SLOTS), rule));
                    left -= count;
                }
            }
            default -> {
                for (int i = 0; left > 0 && i < 3; i++) {
                    int interval = random.nextDouble() < 0.2 ? 2 : 1;
                    int count = Math.min(interval == 1 ? 60 : 30, left);
                    if (i == 0 && left > 12 && random.nextDouble() < 0.2) {
                        count = left / 2;
                    }
                    DayOfWeek weekday = pick(random, USUAL_DAYS);
                    LocalDate first =
                            today.plusDays(1 + random.nextInt(45)).with(TemporalAdjusters.nextOrSame(weekday));
                    String rule = "FREQ=WEEKLY;" + (interval == 2 ? "INTERVAL=2;" : "") + "BYDAY=" + code(weekday)
                            + ";COUNT=" + count;
                    series.add(session(
                            offerKey, series.size(), places, contact, access, first, pick(random, SLOTS), rule));
                    left -= count;
                }
            }
        }
        return series;
    }

    private SessionSeries session(
            UUID offerKey,
            int number,
            List<Place> places,
            Contact contact,
            List<AccessMode> access,
            LocalDate date,
            LocalTime[] times,
            @Nullable String rule) {
        Integer capacity = random.nextBoolean() ? 8 + random.nextInt(23) : null;
        boolean registration = access.contains(AccessMode.REGISTRATION);
        return new SessionSeries(
                Ids.of("session", offerKey, number),
                places.isEmpty() ? null : pick(random, places).id(),
                date,
                times[0],
                times[1],
                rule,
                capacity,
                capacity == null ? null : random.nextInt(capacity + 1),
                registration ? contact.registrationUrl() : null,
                registration ? contact.phone() : null);
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2).toUpperCase(Locale.ROOT);
    }

    /** The Mondays of the Flemish school holidays (roughly) in the coming year and a half. */
    private static List<LocalDate> holidayMondays(LocalDate today) {
        List<LocalDate> mondays = new ArrayList<>();
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            mondays.add(LocalDate.of(year, 3, 1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            LocalDate easter = LocalDate.of(year, 4, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            mondays.add(easter);
            mondays.add(easter.plusWeeks(1));
            for (LocalDate monday = LocalDate.of(year, 7, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                    monday.getMonthValue() < 9;
                    monday = monday.plusWeeks(1)) {
                mondays.add(monday);
            }
            mondays.add(LocalDate.of(year, 11, 1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            LocalDate christmas = LocalDate.of(year, 12, 21).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            mondays.add(christmas);
            mondays.add(christmas.plusWeeks(1));
        }
        return mondays.stream()
                .filter(monday -> monday.isAfter(today) && monday.isBefore(today.plusDays(500)))
                .sorted()
                .toList();
    }
}
