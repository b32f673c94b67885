package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.offer.CalendarPeriod.View;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarPeriodTests {

    @Test
    void aWeekRunsFromMondayToTheNextMondayAroundAnyOfItsDays() {
        CalendarPeriod week = CalendarPeriod.of(View.WEEK, LocalDate.of(2026, 10, 25));

        assertThat(week.from()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(week.to()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(week.last()).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(CalendarPeriod.of(View.WEEK, LocalDate.of(2026, 10, 19))).isEqualTo(week);
    }

    @Test
    void aMonthRunsFromItsFirstDayToTheFirstOfTheNext() {
        CalendarPeriod february = CalendarPeriod.of(View.MONTH, LocalDate.of(2028, 2, 29));

        assertThat(february.from()).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(february.to()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(february.contains(LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(february.contains(LocalDate.of(2028, 3, 1))).isFalse();
    }

    @Test
    void stepsBackAndForthByItsOwnLength() {
        CalendarPeriod week = CalendarPeriod.of(View.WEEK, LocalDate.of(2027, 1, 1));
        assertThat(week.previous().from()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(week.next().from()).isEqualTo(LocalDate.of(2027, 1, 4));

        CalendarPeriod january = CalendarPeriod.of(View.MONTH, LocalDate.of(2027, 1, 31));
        assertThat(january.previous()).isEqualTo(CalendarPeriod.of(View.MONTH, LocalDate.of(2026, 12, 1)));
        assertThat(january.next()).isEqualTo(CalendarPeriod.of(View.MONTH, LocalDate.of(2027, 2, 1)));
    }

    @Test
    void theWeeksOfTheChangesToAndFromSummerTimeLastAnHourLessAndMore() {
        assertThat(Duration.between(
                        CalendarPeriod.of(View.WEEK, LocalDate.of(2027, 3, 28)).start(),
                        CalendarPeriod.of(View.WEEK, LocalDate.of(2027, 3, 28)).end()))
                .isEqualTo(Duration.ofHours(7 * 24 - 1));
        assertThat(Duration.between(
                        CalendarPeriod.of(View.WEEK, LocalDate.of(2027, 10, 31)).start(),
                        CalendarPeriod.of(View.WEEK, LocalDate.of(2027, 10, 31)).end()))
                .isEqualTo(Duration.ofHours(7 * 24 + 1));
        assertThat(CalendarPeriod.of(View.WEEK, LocalDate.of(2027, 3, 28)).start())
                .hasToString("2027-03-21T23:00:00Z");
    }

    @Test
    void readsTheViewAsTyped() {
        assertThat(View.parse(" Month ")).contains(View.MONTH);
        assertThat(View.parse("week")).contains(View.WEEK);
        assertThat(View.parse("year")).isEmpty();
        assertThat(View.MONTH.parameter()).isEqualTo("month");
    }
}
