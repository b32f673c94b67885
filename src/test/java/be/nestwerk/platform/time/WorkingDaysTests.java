package be.nestwerk.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Working days by the Belgian calendar, for reminders of what waits too long. */
class WorkingDaysTests {

    @Test
    void findsEasterSunday() {
        assertThat(PublicHolidays.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(PublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(PublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(PublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(PublicHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(PublicHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(PublicHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
    }

    @Test
    void theLegalHolidaysOf2027() {
        assertThat(PublicHolidays.of(2027))
                .containsExactlyInAnyOrder(
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 3, 29), // Easter Monday
                        LocalDate.of(2027, 5, 1),
                        LocalDate.of(2027, 5, 6), // Ascension
                        LocalDate.of(2027, 5, 17), // Whit Monday
                        LocalDate.of(2027, 7, 21),
                        LocalDate.of(2027, 8, 15),
                        LocalDate.of(2027, 11, 1),
                        LocalDate.of(2027, 11, 11),
                        LocalDate.of(2027, 12, 25));
    }

    @Test
    void weekendsAndHolidaysAreNoWorkingDays() {
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue(); // a Monday
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse(); // Saturday
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse(); // Sunday
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 11, 11))).isFalse(); // Armistice, a Wednesday
    }

    @Test
    void countsOnlyWorkingDaysForward() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        assertThat(WorkingDays.after(friday, 0)).isEqualTo(friday);
        assertThat(WorkingDays.after(friday, 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(WorkingDays.after(friday, 3)).isEqualTo(LocalDate.of(2026, 11, 25));
        // Christmas: Friday 25 December 2026 is a holiday
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 23), 2)).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void somethingFromMondayIsOverdueByThreeWorkingDaysOnFriday() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        LocalDate thursday = LocalDate.of(2026, 11, 26);
        LocalDate friday = LocalDate.of(2026, 11, 27);

        assertThat(WorkingDays.lastDayOverdueBy(thursday, 3)).isBefore(monday);
        assertThat(WorkingDays.lastDayOverdueBy(friday, 3)).isEqualTo(monday);
        // Tuesday's three working days end on Friday: overdue from Saturday on
        assertThat(WorkingDays.lastDayOverdueBy(LocalDate.of(2026, 11, 29), 3)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(WorkingDays.lastDayOverdueBy(LocalDate.of(2026, 11, 30), 3)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(WorkingDays.lastDayOverdueBy(LocalDate.of(2026, 12, 1), 3)).isEqualTo(LocalDate.of(2026, 11, 25));
    }
}
