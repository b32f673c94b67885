package be.nestwerk.offer;

import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.web.NotFoundException;
import be.nestwerk.territory.Territory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public activity calendar, Flanders-wide and per network: a page by week or month with the search's filters.
 * No login, only published offers. The feed and the paper calendar are in {@link CalendarFilesController}.
 */
@Controller
class CalendarController {

    static final int PAGE_SIZE = 100;

    private final ActivityCalendar calendar;
    private final NetworkDirectory networks;
    private final Territory territory;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    CalendarController(
            ActivityCalendar calendar,
            NetworkDirectory networks,
            Territory territory,
            MessageSource messages,
            Clock clock,
            @Value("${nestwerk.base-url}") String baseUrl) {
        this.calendar = calendar;
        this.networks = networks;
        this.territory = territory;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/calendar")
    String flanders(
            @ModelAttribute("search") SearchRequest search,
            @RequestParam(required = false) @Nullable String view,
            @RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable String in,
            @RequestParam(required = false) @Nullable String page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return page(null, search, view, date, in, page, request, response, model);
    }

    @GetMapping("/networks/{slug}/calendar")
    String network(
            @PathVariable String slug,
            @ModelAttribute("search") SearchRequest search,
            @RequestParam(required = false) @Nullable String view,
            @RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable String in,
            @RequestParam(required = false) @Nullable String page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return page(network(slug), search, view, date, in, page, request, response, model);
    }

    private String page(
            @Nullable NetworkRef network,
            SearchRequest search,
            @Nullable String view,
            @Nullable String date,
            @Nullable String in,
            @Nullable String page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        CalendarTexts texts = texts();
        CalendarLinks links = CalendarLinks.of(request, baseUrl);
        model.addAttribute("network", network);
        model.addAttribute("formAction", links.plainPage());
        model.addAttribute("filtersUsed", filtersUsed(search));
        CalendarForm.addTo(model, messages, locale);
        CalendarRequest.Checked checked;
        try {
            checked = CalendarRequest.check(
                    search, view, date, null, in, page, locale, networkId(network), territory, clock);
        } catch (InvalidSearchException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", texts.problems(invalid.problems()));
            model.addAttribute("in", CalendarRequest.defaultLanguage(locale));
            model.addAttribute("view", "week");
            return "offer/calendar/page";
        }
        CalendarPeriod period = checked.period();
        ActivityCalendar.Page found = calendar.page(
                checked.criteria(), period.start(), period.end(), checked.language(), checked.page(), PAGE_SIZE);
        LocalDate today = LocalDate.now(clock.withZone(SessionOccurrences.BELGIUM));
        CalendarPageModel.fill(model, checked, found, PAGE_SIZE, today, texts, links, request, locale);
        return "offer/calendar/page";
    }

    private static boolean filtersUsed(SearchRequest search) {
        return Stream.of(
                                search.getQ(),
                                search.getAge(),
                                search.getMonths(),
                                search.getBorn(),
                                search.getPregnant(),
                                search.getLanguage(),
                                search.getFree(),
                                search.getPlace(),
                                search.getKm())
                        .anyMatch(value -> value != null && !value.isBlank())
                || search.getTheme().stream().anyMatch(value -> !value.isBlank())
                || !search.getDay().isEmpty();
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
