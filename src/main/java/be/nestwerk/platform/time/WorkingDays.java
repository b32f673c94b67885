package be.nestwerk.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday, except the legal public holidays. */
public final class WorkingDays {

    private WorkingDays() {}

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !PublicHolidays.isHoliday(day);
    }

    /** The n-th working day after a day (n = 0: the day itself). */
    public static LocalDate after(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate result = day;
        for (int counted = 0; counted < n; ) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }

    /**
     * The last day from which something has waited more than n working days by this day: whatever started on that day
     * or earlier saw its n-th working day pass before today.
     */
    public static LocalDate lastDayOverdueBy(LocalDate today, int n) {
        LocalDate day = today.minusDays(1);
        while (!after(day, n).isBefore(today)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
