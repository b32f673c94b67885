package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.offer.PaperCalendar.Cell;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaperCalendarTests {

    @Test
    void laysAMonthOutInWholeWeeksFromMondayWithEmptySquaresAroundIt() {
        List<List<Cell>> weeks = PaperCalendar.weeks(YearMonth.of(2026, 11), List.of());

        assertThat(weeks).hasSize(6).allSatisfy(week -> assertThat(week).hasSize(7));
        assertThat(weeks.get(0).subList(0, 6))
                .allSatisfy(cell -> assertThat(cell.date()).isNull());
        assertThat(weeks.get(0).get(6).date()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(weeks.get(5).get(0).date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(weeks.get(5).get(1).date()).isNull();
        assertThat(PaperCalendar.weeks(YearMonth.of(2027, 2), List.of())).hasSize(4);
    }

    @Test
    void putsEachDaysFirstSessionsInItsSquareAndCountsTheRest() {
        LocalDate day = LocalDate.of(2026, 12, 9);
        List<CalendarEntry> shown = List.of(entry(day, 9), entry(day, 10));
        List<CalendarDay> days = CalendarDay.group(shown, Map.of(day, 5));

        Cell cell = PaperCalendar.weeks(YearMonth.of(2026, 12), days).get(1).get(2);

        assertThat(cell.date()).isEqualTo(day);
        assertThat(cell.entries()).isEqualTo(shown);
        assertThat(cell.more()).isEqualTo(3);
    }

    @Test
    void printsEveryLanguageButThoseWrittenInScriptsTheFontCannotShow() {
        assertThat(PaperCalendar.printable("ru")).isTrue();
        assertThat(PaperCalendar.printable("nl")).isTrue();
        assertThat(PaperCalendar.printable("ar")).isTrue();
        assertThat(PaperCalendar.printable("ti")).isFalse();
    }

    private static CalendarEntry entry(LocalDate day, int hour) {
        ZonedDateTime start = day.atTime(hour, 0).atZone(SessionOccurrences.BELGIUM);
        return new CalendarEntry(
                UUID.randomUUID(),
                UUID.randomUUID(),
                start,
                start.plusHours(1),
                "Spelen",
                null,
                "nl",
                true,
                "Organisatie",
                "Netwerk",
                OfferStatus.ACTIVE,
                null,
                null,
                null,
                null,
                null,
                Instant.EPOCH);
    }
}
