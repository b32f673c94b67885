package be.nestwerk.offer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The sessions of one day, earliest first; {@code total} counts them all, also those left out for space. */
record CalendarDay(LocalDate date, List<CalendarEntry> entries, int total) {

    CalendarDay {
        entries = List.copyOf(entries);
    }

    public int more() {
        return Math.max(0, total - entries.size());
    }

    /** Groups entries (in time order) by their day; a day's total is taken from the totals, else its entry count. */
    static List<CalendarDay> group(List<CalendarEntry> entries, Map<LocalDate, Integer> totals) {
        Map<LocalDate, List<CalendarEntry>> byDay = new TreeMap<>();
        entries.forEach(entry ->
                byDay.computeIfAbsent(entry.day(), day -> new ArrayList<>()).add(entry));
        totals.keySet().forEach(day -> byDay.computeIfAbsent(day, none -> new ArrayList<>()));
        return byDay.entrySet().stream()
                .map(day -> new CalendarDay(
                        day.getKey(),
                        day.getValue(),
                        Math.max(day.getValue().size(), totals.getOrDefault(day.getKey(), 0))))
                .toList();
    }
}
