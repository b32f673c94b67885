package be.nestwerk.family;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.family.SchoolYear.Holiday;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Flemish school calendar from its rules, checked against the dates schools published for past years. */
class SchoolYearTests {

    @Test
    void aSchoolYearRunsFromSeptemberToAugust() {
        assertThat(SchoolYear.of(LocalDate.of(2026, 8, 31))).isEqualTo(new SchoolYear(2025));
        assertThat(SchoolYear.of(LocalDate.of(2026, 9, 1))).isEqualTo(new SchoolYear(2026));
        assertThat(new SchoolYear(2026).next()).isEqualTo(new SchoolYear(2027));
    }

    @Test
    void holidaysOf2018To2019WithEasterAfterTheFifteenthOfApril() {
        SchoolYear year = new SchoolYear(2018);

        assertThat(year.holiday("AUTUMN")).isEqualTo(holiday("AUTUMN", "2018-10-29", "2018-11-04"));
        assertThat(year.holiday("CHRISTMAS")).isEqualTo(holiday("CHRISTMAS", "2018-12-24", "2019-01-06"));
        assertThat(year.holiday("KROKUS")).isEqualTo(holiday("KROKUS", "2019-03-04", "2019-03-10"));
        // the two weeks before Easter, and Easter Monday after them
        assertThat(year.holiday("EASTER")).isEqualTo(holiday("EASTER", "2019-04-08", "2019-04-21"));
        assertThat(year.holiday("EASTER_MONDAY")).isEqualTo(holiday("EASTER_MONDAY", "2019-04-22", "2019-04-22"));
        assertThat(year.holiday("ASCENSION")).isEqualTo(holiday("ASCENSION", "2019-05-30", "2019-05-31"));
        assertThat(year.holiday("WHIT_MONDAY")).isEqualTo(holiday("WHIT_MONDAY", "2019-06-10", "2019-06-10"));
    }

    @Test
    void autumnStartsOnTheSecondOfNovemberWhenTheFirstIsASunday() {
        SchoolYear year = new SchoolYear(2020);

        assertThat(year.holiday("AUTUMN")).isEqualTo(holiday("AUTUMN", "2020-11-02", "2020-11-08"));
        assertThat(year.holiday("CHRISTMAS")).isEqualTo(holiday("CHRISTMAS", "2020-12-21", "2021-01-03"));
        assertThat(year.holiday("KROKUS")).isEqualTo(holiday("KROKUS", "2021-02-15", "2021-02-21"));
        assertThat(year.holiday("EASTER")).isEqualTo(holiday("EASTER", "2021-04-05", "2021-04-18"));
    }

    @Test
    void christmasStartsTheMondayAfterWhenChristmasIsOnASaturday() {
        assertThat(new SchoolYear(2021).holiday("CHRISTMAS"))
                .isEqualTo(holiday("CHRISTMAS", "2021-12-27", "2022-01-09"));
    }

    @Test
    void easterHolidayStartsTheMondayAfterEasterWhenEasterIsInMarch() {
        assertThat(new SchoolYear(2023).holiday("EASTER")).isEqualTo(holiday("EASTER", "2024-04-01", "2024-04-14"));
        assertThat(new SchoolYear(2023).holiday("KROKUS")).isEqualTo(holiday("KROKUS", "2024-02-12", "2024-02-18"));
    }

    @Test
    void schoolDaysAreWeekdaysOutsideHolidaysAndFreeDays() {
        SchoolYear year = new SchoolYear(2025);

        assertThat(year.isSchoolDay(LocalDate.of(2025, 11, 12))).isTrue();
        assertThat(year.isSchoolDay(LocalDate.of(2025, 11, 15)))
                .as("a Saturday")
                .isFalse();
        assertThat(year.isSchoolDay(LocalDate.of(2025, 11, 11))).as("Armistice").isFalse();
        assertThat(year.isSchoolDay(LocalDate.of(2026, 5, 1))).as("Labour Day").isFalse();
        assertThat(year.isSchoolDay(LocalDate.of(2026, 5, 15)))
                .as("the Friday after Ascension")
                .isFalse();
        assertThat(year.isSchoolDay(LocalDate.of(2026, 5, 25)))
                .as("Whit Monday")
                .isFalse();
        assertThat(year.isSchoolDay(LocalDate.of(2026, 7, 1))).as("summer").isFalse();
        assertThat(year.isSchoolDay(LocalDate.of(2026, 9, 1)))
                .as("another school year")
                .isFalse();
    }

    @Test
    void sevenEntryDaysOf2021To2022() {
        assertThat(new SchoolYear(2021).entryDays())
                .containsExactly(
                        LocalDate.of(2021, 9, 1),
                        LocalDate.of(2021, 11, 8),
                        LocalDate.of(2022, 1, 10),
                        LocalDate.of(2022, 2, 1),
                        LocalDate.of(2022, 3, 7),
                        LocalDate.of(2022, 4, 19),
                        LocalDate.of(2022, 5, 30));
    }

    @Test
    void entryDaysOf2024To2025MoveOffWeekendsAndEasterMonday() {
        assertThat(new SchoolYear(2024).entryDays())
                .containsExactly(
                        LocalDate.of(2024, 9, 2),
                        LocalDate.of(2024, 11, 4),
                        LocalDate.of(2025, 1, 6),
                        LocalDate.of(2025, 2, 3),
                        LocalDate.of(2025, 3, 10),
                        LocalDate.of(2025, 4, 22),
                        LocalDate.of(2025, 6, 2));
    }

    @Test
    void entryDaysOf2025To2026() {
        assertThat(new SchoolYear(2025).entryDays())
                .containsExactly(
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2025, 11, 3),
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 2, 2),
                        LocalDate.of(2026, 2, 23),
                        LocalDate.of(2026, 4, 20),
                        LocalDate.of(2026, 5, 18));
    }

    private static Holiday holiday(String code, String first, String last) {
        return new Holiday(code, LocalDate.parse(first), LocalDate.parse(last));
    }
}
