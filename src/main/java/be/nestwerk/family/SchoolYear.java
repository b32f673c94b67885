package be.nestwerk.family;

import be.nestwerk.platform.time.PublicHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.TreeSet;

/**
 * A Flemish school year (1 September to 31 August) of basisonderwijs: its holidays and the fixed days on which a
 * toddler of 2 years and 6 months may start kleuteronderwijs.
 *
 * <p>The holidays follow from rules, not from a yearly list: Besluit van de Vlaamse Regering van 17 april 1991
 * betreffende de organisatie van het schooljaar in het basisonderwijs (the same rules as art. 7 of the besluit of
 * 31 August 2001 for secondary schools). The entry days (instapdata) are those of the circular letter
 * "Toelatingsvoorwaarden leerlingen in het gewoon basisonderwijs" (Edulex,
 * https://data-onderwijs.vlaanderen.be/edulex/document.aspx?docid=13126) and
 * https://onderwijs.vlaanderen.be/nl/toelatingsvoorwaarden-gewoon-basisonderwijs: the first school day after the
 * summer, autumn, Christmas, krokus and Easter holidays, the first school day of February and the first school day
 * after Ascension Day. A school's own free days (pedagogical study days) are not known here and move no entry day.
 */
record SchoolYear(int startYear) {

    /** A holiday of the school year, first and last day included. */
    record Holiday(String code, LocalDate first, LocalDate last) {

        boolean contains(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }

    /** The school year that runs on {@code day}; July and August belong to the year that is ending. */
    static SchoolYear of(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1);
    }

    SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    /** Holidays and free days in the order of the year, summer last. */
    List<Holiday> holidays() {
        int spring = startYear + 1;
        LocalDate easter = PublicHolidays.easterSunday(spring);
        LocalDate ascension = easter.plusDays(39);
        return List.of(
                week("AUTUMN", autumnStart(), 1),
                day("ARMISTICE", LocalDate.of(startYear, Month.NOVEMBER, 11)),
                week("CHRISTMAS", christmasStart(), 2),
                // the 7th Monday before Easter: the week of carnival
                week("KROKUS", easter.minusDays(48), 1),
                week("EASTER", easterStart(easter), 2),
                day("EASTER_MONDAY", easter.plusDays(1)),
                day("LABOUR_DAY", LocalDate.of(spring, Month.MAY, 1)),
                new Holiday("ASCENSION", ascension, ascension.plusDays(1)),
                day("WHIT_MONDAY", easter.plusDays(50)),
                new Holiday("SUMMER", LocalDate.of(spring, Month.JULY, 1), LocalDate.of(spring, Month.AUGUST, 31)));
    }

    Holiday holiday(String code) {
        return holidays().stream()
                .filter(holiday -> holiday.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no holiday " + code));
    }

    /** A weekday that is no holiday or free day of this school year (a day outside the year is no school day). */
    boolean isSchoolDay(LocalDate day) {
        if (!SchoolYear.of(day).equals(this)
                || day.getDayOfWeek() == DayOfWeek.SATURDAY
                || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return holidays().stream().noneMatch(holiday -> holiday.contains(day));
    }

    /** The first school day on or after {@code day} within this school year. */
    LocalDate firstSchoolDayFrom(LocalDate day) {
        LocalDate candidate = day;
        while (!isSchoolDay(candidate)) {
            candidate = candidate.plusDays(1);
            if (!SchoolYear.of(candidate).equals(this)) {
                throw new IllegalArgumentException("no school day from " + day + " in the school year " + startYear);
            }
        }
        return candidate;
    }

    /** The seven entry days (instapdata) of kleuteronderwijs, in order; fewer when two fall on the same day. */
    List<LocalDate> entryDays() {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(firstSchoolDayFrom(firstDay()));
        days.add(firstSchoolDayAfter("AUTUMN"));
        days.add(firstSchoolDayAfter("CHRISTMAS"));
        days.add(firstSchoolDayFrom(LocalDate.of(startYear + 1, Month.FEBRUARY, 1)));
        days.add(firstSchoolDayAfter("KROKUS"));
        days.add(firstSchoolDayAfter("EASTER"));
        days.add(firstSchoolDayAfter("ASCENSION"));
        return List.copyOf(days);
    }

    private LocalDate firstSchoolDayAfter(String holiday) {
        return firstSchoolDayFrom(holiday(holiday).last().plusDays(1));
    }

    /** The Monday of the week of 1 November; when 1 November is a Sunday, the Monday after it. */
    private LocalDate autumnStart() {
        LocalDate allSaints = LocalDate.of(startYear, Month.NOVEMBER, 1);
        return allSaints.getDayOfWeek() == DayOfWeek.SUNDAY
                ? allSaints.plusDays(1)
                : allSaints.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Monday of the week of Christmas; when Christmas is on a Saturday or Sunday, the Monday after it. */
    private LocalDate christmasStart() {
        LocalDate christmas = LocalDate.of(startYear, Month.DECEMBER, 25);
        DayOfWeek day = christmas.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY
                ? christmas.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                : christmas.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The first Monday of April; when Easter falls in March, the Monday after Easter; when Easter falls after 15
     * April, the second Monday before Easter (Easter Monday then follows the two weeks as an extra free day).
     */
    private static LocalDate easterStart(LocalDate easter) {
        if (easter.getMonth() == Month.MARCH) {
            return easter.plusDays(1);
        }
        if (easter.getDayOfMonth() > 15) {
            return easter.minusDays(13);
        }
        return LocalDate.of(easter.getYear(), Month.APRIL, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static Holiday week(String code, LocalDate monday, int weeks) {
        return new Holiday(code, monday, monday.plusWeeks(weeks).minusDays(1));
    }

    private static Holiday day(String code, LocalDate day) {
        return new Holiday(code, day, day);
    }
}
