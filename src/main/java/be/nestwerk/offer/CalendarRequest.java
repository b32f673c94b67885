package be.nestwerk.offer;

import be.nestwerk.territory.Territory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The calendar's parameters as they arrive: the search's filters (checked by {@link SearchRequest}) and its own, view
 * (week or month), date (yyyy-mm-dd, any day of the period), month (yyyy-mm, for the paper calendar), in (the
 * language to show the offers in) and page. Every problem is reported at once, with the parameter as field.
 */
final class CalendarRequest {

    /** The calendar shows no more than a few years either way: enough to plan, too little to walk it endlessly. */
    static final int MAX_YEARS_AWAY = 5;

    static final int MAX_PAGE = 1000;

    /** What to show; {@code language} is a content language. */
    record Checked(SearchCriteria criteria, CalendarPeriod period, String language, int page) {}

    private CalendarRequest() {}

    static Checked check(
            SearchRequest search,
            @Nullable String view,
            @Nullable String date,
            @Nullable String month,
            @Nullable String in,
            @Nullable String page,
            Locale locale,
            @Nullable UUID networkId,
            Territory territory,
            Clock clock) {
        List<ContentProblem> problems = new ArrayList<>();
        if (present(search.getKm()) && !isRadius(search.getKm())) {
            // SearchRequest would unbox the missing radius and fail with a 500; its owner knows
            problems.add(ContentProblem.of("km", "offer.search.problem.range", 1, SearchRequest.MAX_KM));
            search.setKm(null);
        }
        SearchCriteria criteria = null;
        try {
            criteria = search.criteria(territory, clock).inNetwork(networkId);
        } catch (InvalidSearchException invalid) {
            problems.addAll(invalid.problems());
        }
        LocalDate today = LocalDate.now(clock.withZone(SessionOccurrences.BELGIUM));
        CalendarPeriod.View shown = CalendarPeriod.View.WEEK;
        if (present(view)) {
            shown = CalendarPeriod.View.parse(view).orElse(null);
            if (shown == null) {
                problems.add(ContentProblem.of("view", "offer.calendar.problem.view"));
                shown = CalendarPeriod.View.WEEK;
            }
        }
        LocalDate day = today;
        if (present(month)) {
            try {
                day = YearMonth.parse(month.strip()).atDay(1);
                shown = CalendarPeriod.View.MONTH;
            } catch (DateTimeParseException invalid) {
                problems.add(ContentProblem.of("month", "offer.calendar.problem.month"));
            }
        } else if (present(date)) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException invalid) {
                problems.add(ContentProblem.of("date", "offer.calendar.problem.date"));
            }
        }
        if (Math.abs(day.getYear() - today.getYear()) > MAX_YEARS_AWAY) {
            problems.add(
                    ContentProblem.of(present(month) ? "month" : "date", "offer.calendar.problem.far", MAX_YEARS_AWAY));
            day = today;
        }
        String language = present(in) ? in.strip() : defaultLanguage(locale);
        if (!ContentLanguage.isKnown(language)) {
            problems.add(ContentProblem.of("in", "offer.search.problem.language", language));
        }
        int pageNumber = 0;
        if (present(page)) {
            try {
                pageNumber = Integer.parseInt(page.strip());
            } catch (NumberFormatException invalid) {
                pageNumber = -1;
            }
            if (pageNumber < 0 || pageNumber > MAX_PAGE) {
                problems.add(ContentProblem.of("page", "offer.search.problem.range", 0, MAX_PAGE));
            }
        }
        if (!problems.isEmpty() || criteria == null) {
            throw new InvalidSearchException(problems);
        }
        return new Checked(criteria, CalendarPeriod.of(shown, day), language, pageNumber);
    }

    /** The page's language when offers can be written in it (Dutch, French, English), else Dutch. */
    static String defaultLanguage(Locale locale) {
        String language = locale.getLanguage();
        return ContentLanguage.isKnown(language) ? language : ContentLanguage.DUTCH;
    }

    private static boolean isRadius(String km) {
        try {
            int value = Integer.parseInt(km.strip());
            return value >= 1 && value <= SearchRequest.MAX_KM;
        } catch (NumberFormatException invalid) {
            return false;
        }
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
