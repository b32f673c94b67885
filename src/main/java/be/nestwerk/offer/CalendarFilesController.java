package be.nestwerk.offer;

import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.web.LayoutModel;
import be.nestwerk.platform.web.NotFoundException;
import be.nestwerk.territory.Territory;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The calendar to take along, Flanders-wide and per network, with the page's filters: an iCal feed to subscribe to
 * in a calendar app, and a month on paper (PDF).
 */
@Controller
class CalendarFilesController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ActivityCalendar calendar;
    private final ICalendarFeed feed;
    private final PaperCalendar paper;
    private final LayoutModel layout;
    private final NetworkDirectory networks;
    private final Territory territory;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    CalendarFilesController(
            ActivityCalendar calendar,
            ICalendarFeed feed,
            PaperCalendar paper,
            LayoutModel layout,
            NetworkDirectory networks,
            Territory territory,
            MessageSource messages,
            Clock clock,
            @Value("${nestwerk.base-url}") String baseUrl) {
        this.calendar = calendar;
        this.feed = feed;
        this.paper = paper;
        this.layout = layout;
        this.networks = networks;
        this.territory = territory;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/calendar.ics")
    ResponseEntity<byte[]> flandersFeed(
            @ModelAttribute("search") SearchRequest search, @RequestParam(required = false) @Nullable String in) {
        return feed(null, search, in);
    }

    @GetMapping("/networks/{slug}/calendar.ics")
    ResponseEntity<byte[]> networkFeed(
            @PathVariable String slug,
            @ModelAttribute("search") SearchRequest search,
            @RequestParam(required = false) @Nullable String in) {
        return feed(network(slug), search, in);
    }

    @GetMapping("/calendar.pdf")
    ResponseEntity<byte[]> flandersPaper(
            @ModelAttribute("search") SearchRequest search,
            @RequestParam(required = false) @Nullable String month,
            @RequestParam(required = false) @Nullable String in,
            HttpServletRequest request) {
        return paper(null, search, month, in, request);
    }

    @GetMapping("/networks/{slug}/calendar.pdf")
    ResponseEntity<byte[]> networkPaper(
            @PathVariable String slug,
            @ModelAttribute("search") SearchRequest search,
            @RequestParam(required = false) @Nullable String month,
            @RequestParam(required = false) @Nullable String in,
            HttpServletRequest request) {
        return paper(network(slug), search, month, in, request);
    }

    /** Problems with the parameters, on a page of their own (the calendar page shows them next to its form). */
    @ExceptionHandler(InvalidSearchException.class)
    ModelAndView invalid(InvalidSearchException invalid, HttpServletRequest request) {
        ModelAndView view = new ModelAndView("offer/calendar/problem");
        view.addObject("problems", texts().problems(invalid.problems()));
        view.addObject("calendarLink", CalendarLinks.of(request, baseUrl).plainPage());
        layout.addTo(view, request);
        view.setStatus(HttpStatus.BAD_REQUEST);
        return view;
    }

    private ResponseEntity<byte[]> feed(@Nullable NetworkRef network, SearchRequest search, @Nullable String in) {
        Locale locale = LocaleContextHolder.getLocale();
        CalendarRequest.Checked checked =
                CalendarRequest.check(search, null, null, null, in, null, locale, networkId(network), territory, clock);
        LocalDate today = LocalDate.now(clock.withZone(SessionOccurrences.BELGIUM));
        List<CalendarEntry> entries = calendar.entries(
                checked.criteria(),
                today.atStartOfDay(SessionOccurrences.BELGIUM).toInstant(),
                today.plusMonths(ICalendarFeed.MONTHS_AHEAD)
                        .atStartOfDay(SessionOccurrences.BELGIUM)
                        .toInstant(),
                checked.language(),
                ICalendarFeed.MAX_EVENTS);
        String name = network == null
                ? texts().message("offer.calendar.title")
                : texts().message("offer.calendar.title.network", network.name());
        byte[] body = feed.render(entries, name, clock.instant());
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("nestwerk.ics")
                                .build()
                                .toString())
                .body(body);
    }

    private ResponseEntity<byte[]> paper(
            @Nullable NetworkRef network,
            SearchRequest search,
            @Nullable String month,
            @Nullable String in,
            HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String asked = month == null || month.isBlank()
                ? YearMonth.now(clock.withZone(SessionOccurrences.BELGIUM)).toString()
                : month;
        CalendarRequest.Checked checked = CalendarRequest.check(
                search, null, null, asked, in, null, locale, networkId(network), territory, clock);
        YearMonth shown = YearMonth.from(checked.period().from());
        CalendarLinks links = CalendarLinks.of(request, baseUrl);
        byte[] body = paper.render(new PaperCalendar.Sheet(
                checked.criteria(),
                shown,
                checked.language(),
                locale,
                network == null ? null : network.name(),
                links.absolutePage(checked.period())));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("kalender-" + shown + ".pdf")
                                .build()
                                .toString())
                .body(body);
    }

    private NetworkRef network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network " + slug));
    }

    private static @Nullable UUID networkId(@Nullable NetworkRef network) {
        return network == null ? null : network.id();
    }

    private CalendarTexts texts() {
        return new CalendarTexts(messages, LocaleContextHolder.getLocale());
    }
}
