package be.nestwerk.offer;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The calendar's links, each keeping the family's filters (and the language to show the offers in) from the current
 * address: other periods and views, the iCal feed and the paper calendar.
 */
final class CalendarLinks {

    private final String pagePath;
    private final String query;
    private final String baseUrl;

    private CalendarLinks(String pagePath, String query, String baseUrl) {
        this.pagePath = pagePath;
        this.query = query;
        this.baseUrl = baseUrl;
    }

    /** For a request to the page, the feed or the paper calendar: the page's own path without extension. */
    static CalendarLinks of(HttpServletRequest request, String baseUrl) {
        String path = request.getRequestURI();
        int extension = path.lastIndexOf('.');
        if (extension > path.lastIndexOf('/')) {
            path = path.substring(0, extension);
        }
        String query = request.getQueryString();
        return new CalendarLinks(path, query == null ? "" : query, baseUrl.replaceAll("/+$", ""));
    }

    String period(CalendarPeriod period, LocalDate day) {
        return filters(pagePath)
                .replaceQueryParam("view", period.view().parameter())
                .replaceQueryParam("date", day)
                .build()
                .toUriString();
    }

    /** The page without any filter: where to start again after a mistake. */
    String plainPage() {
        return pagePath;
    }

    String feed() {
        return feedBuilder().build().toUriString();
    }

    /** The feed's absolute address with the webcal scheme, which calendar apps open as a subscription. */
    String subscription() {
        String absolute = baseUrl + feed();
        return absolute.replaceFirst("^https?://", "webcal://");
    }

    String paper(YearMonth month, Locale locale) {
        return filters(pagePath + ".pdf")
                .replaceQueryParam("month", month)
                .replaceQueryParam("lang", locale.getLanguage())
                .build()
                .toUriString();
    }

    /** The page for this period, as an absolute address (printed on paper). */
    String absolutePage(CalendarPeriod period) {
        return baseUrl + period(period, period.from());
    }

    private UriComponentsBuilder feedBuilder() {
        return filters(pagePath + ".ics");
    }

    private UriComponentsBuilder filters(String path) {
        return UriComponentsBuilder.fromPath(path)
                .query(query)
                .replaceQueryParam("lang")
                .replaceQueryParam("view")
                .replaceQueryParam("date")
                .replaceQueryParam("month")
                .replaceQueryParam("page");
    }
}
