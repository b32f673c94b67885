package be.nestwerk.family;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.family.Transition.Code;
import be.nestwerk.family.Transitions.StageStart;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionsTests {

    static final LocalDate BORN = LocalDate.of(2024, 5, 10);

    final LifeStages stages = new LifeStages();
    final Transitions transitions = new Transitions(stages);

    @Test
    void aChildBornOn10May2024MayStartSchoolAfterTheChristmasHolidayOf2026() {
        // 2 years and 6 months on 10 November 2026, the day after the entry day that follows the autumn holiday
        assertThat(transitions.firstSchoolEntry(BORN)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void aChildBornOn10May2024GoesToPrimaryIn2030AndSecondaryIn2036() {
        assertThat(transitions.timeline(BORN))
                .extracting(start -> start.stage().code(), StageStart::from)
                .containsExactly(
                        tuple("BABY_TODDLER", "2024-05-10"),
                        tuple("PRESCHOOL", "2027-01-04"),
                        tuple("PRIMARY", "2030-09-01"),
                        tuple("SECONDARY_1", "2036-09-01"),
                        tuple("SECONDARY_2", "2038-09-01"),
                        tuple("SECONDARY_3", "2040-09-01"),
                        tuple("YOUNG_ADULT", "2042-05-10"));
        assertThat(transitions.compulsoryEducation(BORN)).isEqualTo(LocalDate.of(2029, 9, 1));
    }

    @Test
    void schoolStagesStartInTheCalendarYearTheChildReachesTheAgeNotOnTheBirthday() {
        LocalDate newYearsEve = LocalDate.of(2024, 12, 31);

        assertThat(transitions.stageOn(newYearsEve, LocalDate.of(2030, 9, 1)).code())
                .isEqualTo("PRIMARY");
        assertThat(transitions.compulsoryEducation(newYearsEve)).isEqualTo(LocalDate.of(2029, 9, 1));
    }

    @Test
    void aChildTurningTwoAndAHalfDuringTheChristmasHolidayStartsOnTheFirstSchoolDayAfterIt() {
        // 27 December 2025 falls in the Christmas holiday of 22 December 2025 to 4 January 2026
        assertThat(transitions.firstSchoolEntry(LocalDate.of(2023, 6, 27))).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void aChildTurningTwoAndAHalfOnAnEntryDayStartsThatDay() {
        assertThat(transitions.firstSchoolEntry(LocalDate.of(2023, 3, 1))).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(transitions.firstSchoolEntry(LocalDate.of(2023, 3, 2))).isEqualTo(LocalDate.of(2025, 11, 3));
    }

    @Test
    void theFirstOfFebruaryOnASundayMovesToTheMonday() {
        assertThat(transitions.firstSchoolEntry(LocalDate.of(2023, 8, 1))).isEqualTo(LocalDate.of(2026, 2, 2));
    }

    @Test
    void easterMondayAfterTheEasterHolidayMovesTheEntryToTheTuesday() {
        assertThat(transitions.firstSchoolEntry(LocalDate.of(2022, 10, 21))).isEqualTo(LocalDate.of(2025, 4, 22));
    }

    @Test
    void aChildTurningTwoAndAHalfAfterAscensionWaitsForSeptember() {
        assertThat(transitions.firstSchoolEntry(LocalDate.of(2023, 11, 19))).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void aChildIsAToddlerUntilTheEntryDayEvenOnceTwoAndAHalf() {
        assertThat(transitions.stageOn(BORN, LocalDate.of(2024, 5, 9)).code()).isEqualTo("PRENATAL");
        assertThat(transitions.stageOn(BORN, BORN).code()).isEqualTo("BABY_TODDLER");
        assertThat(transitions.stageOn(BORN, LocalDate.of(2026, 12, 1)).code()).isEqualTo("BABY_TODDLER");
        assertThat(transitions.stageOn(BORN, LocalDate.of(2027, 1, 4)).code()).isEqualTo("PRESCHOOL");
        assertThat(transitions.stageOn(BORN, LocalDate.of(2030, 8, 31)).code()).isEqualTo("PRESCHOOL");
        assertThat(transitions.stageOn(BORN, LocalDate.of(2036, 9, 1)).code()).isEqualTo("SECONDARY_1");
        assertThat(transitions.stageOn(BORN, LocalDate.of(2042, 5, 10)).code()).isEqualTo("YOUNG_ADULT");
    }

    @Test
    void anExpectedBirthDateGivesThePrenatalStageAndFirstChildCareAhead() {
        LocalDate expected = LocalDate.of(2026, 12, 1);
        LocalDate today = LocalDate.of(2026, 10, 1);

        assertThat(transitions.stageOn(expected, today).code()).isEqualTo("PRENATAL");
        assertThat(transitions.upcoming(expected, today, Period.ofMonths(6)))
                .containsExactly(new Transition(
                        Code.FIRST_CHILD_CARE, expected, stages.stage("PRENATAL"), stages.stage("BABY_TODDLER"), 61));
    }

    @Test
    void listsSchoolEntryWithinSixMonthsWithTheStagesAndTheDaysLeft() {
        assertThat(transitions.upcoming(BORN, LocalDate.of(2026, 10, 1), Period.ofMonths(6)))
                .containsExactly(new Transition(
                        Code.SCHOOL_ENTRY,
                        LocalDate.of(2027, 1, 4),
                        stages.stage("BABY_TODDLER"),
                        stages.stage("PRESCHOOL"),
                        95));
        assertThat(transitions.upcoming(BORN, LocalDate.of(2026, 6, 1), Period.ofMonths(6)))
                .isEmpty();
    }

    @Test
    void compulsoryEducationIsATransitionWithinTheSameStage() {
        assertThat(transitions.upcoming(BORN, LocalDate.of(2029, 6, 1), Period.ofMonths(6)))
                .containsExactly(new Transition(
                        Code.COMPULSORY_EDUCATION,
                        LocalDate.of(2029, 9, 1),
                        stages.stage("PRESCHOOL"),
                        stages.stage("PRESCHOOL"),
                        92));
    }

    @Test
    void theHorizonIncludesTodayAndItsLastDayButNotTheDayAfter() {
        LocalDate primary = LocalDate.of(2030, 9, 1);

        assertThat(transitions.upcoming(BORN, primary, Period.ZERO))
                .singleElement()
                .returns(Code.PRIMARY_SCHOOL, Transition::code)
                .returns(0, Transition::daysAway);
        assertThat(transitions.upcoming(BORN, LocalDate.of(2030, 3, 1), Period.ofMonths(6)))
                .extracting(Transition::code)
                .containsExactly(Code.PRIMARY_SCHOOL);
        assertThat(transitions.upcoming(BORN, LocalDate.of(2030, 3, 1), Period.of(0, 6, -1)))
                .isEmpty();
        assertThat(transitions.upcoming(BORN, primary.plusDays(1), Period.ofYears(1)))
                .isEmpty();
    }

    @Test
    void listsTheTransitionsOfALongHorizonSoonestFirst() {
        List<Transition> upcoming = transitions.upcoming(BORN, LocalDate.of(2024, 5, 1), Period.ofYears(7));

        assertThat(upcoming)
                .extracting(Transition::code, Transition::date)
                .containsExactly(
                        tuple(Code.FIRST_CHILD_CARE, "2024-05-10"),
                        tuple(Code.SCHOOL_ENTRY, "2027-01-04"),
                        tuple(Code.COMPULSORY_EDUCATION, "2029-09-01"),
                        tuple(Code.PRIMARY_SCHOOL, "2030-09-01"));
        assertThat(upcoming.get(3))
                .returns(stages.stage("PRESCHOOL"), Transition::left)
                .returns(stages.stage("PRIMARY"), Transition::entered);
        assertThat(transitions.upcoming(BORN, LocalDate.of(2036, 1, 1), Period.ofYears(1)))
                .singleElement()
                .returns(Code.SECONDARY_SCHOOL, Transition::code)
                .returns(stages.stage("SECONDARY_1"), Transition::entered);
    }

    private static org.assertj.core.groups.Tuple tuple(Object first, String date) {
        return org.assertj.core.groups.Tuple.tuple(first, LocalDate.parse(date));
    }
}
