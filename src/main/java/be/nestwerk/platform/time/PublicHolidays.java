package be.nestwerk.platform.time;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/** The ten legal public holidays of Belgium (law of 4 January 1974), on which partners' offices are closed. */
public final class PublicHolidays {

    private PublicHolidays() {}

    public static boolean isHoliday(LocalDate day) {
        return of(day.getYear()).contains(day);
    }

    public static Set<LocalDate> of(int year) {
        LocalDate easter = easterSunday(year);
        return Set.of(
                LocalDate.of(year, Month.JANUARY, 1),
                easter.plusDays(1),
                LocalDate.of(year, Month.MAY, 1),
                easter.plusDays(39),
                easter.plusDays(50),
                LocalDate.of(year, Month.JULY, 21),
                LocalDate.of(year, Month.AUGUST, 15),
                LocalDate.of(year, Month.NOVEMBER, 1),
                LocalDate.of(year, Month.NOVEMBER, 11),
                LocalDate.of(year, Month.DECEMBER, 25));
    }

    /** Western Easter Sunday of a year (the anonymous Gregorian algorithm of Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
