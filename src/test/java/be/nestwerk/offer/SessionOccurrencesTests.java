package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.offer.OfferContent.SessionSeries;
import be.nestwerk.offer.SessionOccurrences.Occurrence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SessionOccurrencesTests {

    private static final UUID SERIES = UUID.fromString("6f1c2f0e-1d5b-4f7a-9d41-2b7a3c9e5d10");

    @Test
    void aOneOffSessionHappensOnceOnItsDate() {
        List<Occurrence> occurrences =
                SessionOccurrences.expand(series(LocalDate.of(2026, 12, 2), null), day(2026, 11, 1), day(2027, 1, 1));
        assertThat(occurrences).singleElement().satisfies(o -> {
            assertThat(belgian(o).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 2));
            assertThat(belgian(o).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        });
    }

    @Test
    void aWeeklySeriesStopsAfterItsCountAndKeepsTheLocalTimeOverTheClockChange() {
        List<Occurrence> occurrences = SessionOccurrences.expand(
                series(LocalDate.of(2027, 3, 15), "FREQ=WEEKLY;BYDAY=MO;COUNT=4"), day(2027, 1, 1), day(2027, 12, 31));
        assertThat(occurrences)
                .extracting(o -> belgian(o).toLocalDate())
                .containsExactly(day(2027, 3, 15), day(2027, 3, 22), day(2027, 3, 29), day(2027, 4, 5));
        assertThat(occurrences).allSatisfy(o -> {
            assertThat(belgian(o).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(belgian(o).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        });
    }

    @Test
    void aMonthlySeriesOnTheFirstThursdayFindsTheRightDays() {
        List<Occurrence> occurrences = SessionOccurrences.expand(
                series(LocalDate.of(2026, 12, 3), "FREQ=MONTHLY;BYDAY=1TH;COUNT=3"), day(2026, 12, 1), day(2027, 6, 1));
        assertThat(occurrences)
                .extracting(o -> belgian(o).toLocalDate())
                .containsExactly(day(2026, 12, 3), day(2027, 1, 7), day(2027, 2, 4));
    }

    @Test
    void onlyOccurrencesInsideTheWindowAreReturned() {
        List<Occurrence> occurrences = SessionOccurrences.expand(
                series(LocalDate.of(2026, 1, 7), "FREQ=WEEKLY;BYDAY=WE"), day(2026, 12, 1), day(2026, 12, 31));
        assertThat(occurrences)
                .extracting(o -> belgian(o).toLocalDate())
                .containsExactly(
                        day(2026, 12, 2), day(2026, 12, 9), day(2026, 12, 16), day(2026, 12, 23), day(2026, 12, 30));
    }

    @Test
    void occurrenceIdsDependOnlyOnTheSeriesAndTheDate() {
        SessionSeries series = series(LocalDate.of(2026, 12, 2), "FREQ=WEEKLY;COUNT=3");
        List<UUID> first = SessionOccurrences.expand(series, day(2026, 1, 1), day(2027, 12, 31)).stream()
                .map(Occurrence::id)
                .toList();
        List<UUID> again = SessionOccurrences.expand(series, day(2026, 12, 9), day(2027, 12, 31)).stream()
                .map(Occurrence::id)
                .toList();
        assertThat(first).hasSize(3).doesNotHaveDuplicates();
        assertThat(again).containsExactlyElementsOf(first.subList(1, 3));
    }

    @Test
    void recognisesInvalidRecurrenceRules() {
        assertThat(SessionOccurrences.isValidRecurrence("FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630"))
                .isTrue();
        assertThat(SessionOccurrences.isValidRecurrence("EVERY WEDNESDAY")).isFalse();
        assertThat(SessionOccurrences.isValidRecurrence("FREQ=SOMETIMES")).isFalse();
    }

    private static SessionSeries series(LocalDate date, @Nullable String rule) {
        return new SessionSeries(
                SERIES, null, date, LocalTime.of(10, 0), LocalTime.of(11, 30), rule, 10, 4, null, null);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static ZonedDateTime belgian(Occurrence occurrence) {
        return occurrence.startsAt().atZone(SessionOccurrences.BELGIUM);
    }
}
