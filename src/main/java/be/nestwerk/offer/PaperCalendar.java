package be.nestwerk.offer;

import be.nestwerk.platform.pdf.PdfDocuments;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The paper calendar: one month on an A4 page, a grid of its weeks with the first sessions of every day ("+ 3 more"
 * for the rest), for families who prefer paper. Made from a Thymeleaf template rendered to PDF by openhtmltopdf with
 * the fonts of {@link PdfDocuments} (Latin, Greek, Cyrillic, Arabic). Scripts those fonts cannot show (Ge'ez, for
 * Tigrinya) are printed in Dutch instead, and the page says so.
 */
@Component
class PaperCalendar {

    static final int PER_DAY = 4;
    static final Set<String> UNPRINTABLE = Set.of("ti");

    private final ActivityCalendar calendar;
    private final ITemplateEngine templates;
    private final MessageSource messages;

    PaperCalendar(ActivityCalendar calendar, ITemplateEngine templates, MessageSource messages) {
        this.calendar = calendar;
        this.templates = templates;
        this.messages = messages;
    }

    /** What to print: the filters, the month, the language of the offers and of the page, and where it is online. */
    record Sheet(
            SearchCriteria criteria,
            YearMonth month,
            String language,
            Locale locale,
            @Nullable String networkName,
            String onlineAddress) {}

    /** One square of the grid; {@code date} is null for the days of the months before and after. */
    record Cell(@Nullable LocalDate date, List<CalendarEntry> entries, int more) {}

    static boolean printable(String language) {
        return !UNPRINTABLE.contains(language);
    }

    byte[] render(Sheet sheet) {
        String language = printable(sheet.language()) ? sheet.language() : ContentLanguage.DUTCH;
        CalendarPeriod period = CalendarPeriod.month(sheet.month().atDay(1));
        ActivityCalendar.Days days = calendar.perDay(sheet.criteria(), period.start(), period.end(), language, PER_DAY);
        CalendarTexts texts = new CalendarTexts(messages, sheet.locale());
        Map<String, Object> variables = new HashMap<>();
        variables.put(
                "title",
                sheet.networkName() == null
                        ? texts.message("offer.calendar.title")
                        : texts.message("offer.calendar.title.network", sheet.networkName()));
        variables.put("month", texts.month(sheet.month()));
        variables.put("lang", sheet.locale().getLanguage());
        variables.put(
                "weekdays", weekOf(period.from()).stream().map(texts::weekday).toList());
        variables.put("weeks", weeks(sheet.month(), CalendarDay.group(days.entries(), days.totals())));
        variables.put(
                "notPrinted",
                language.equals(sheet.language())
                        ? null
                        : Locale.forLanguageTag(sheet.language()).getDisplayLanguage(sheet.locale()));
        variables.put("online", sheet.onlineAddress());
        variables.put("empty", days.totals().isEmpty());
        String html = templates.process("offer/calendar/paper", new Context(sheet.locale(), variables));
        return PdfDocuments.render(html);
    }

    static List<List<Cell>> weeks(YearMonth month, List<CalendarDay> days) {
        Map<LocalDate, CalendarDay> byDate =
                days.stream().collect(Collectors.toMap(CalendarDay::date, Function.identity()));
        List<List<Cell>> weeks = new ArrayList<>();
        LocalDate monday = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate start = monday; !start.isAfter(month.atEndOfMonth()); start = start.plusWeeks(1)) {
            weeks.add(weekOf(start).stream()
                    .map(date -> {
                        if (!YearMonth.from(date).equals(month)) {
                            return new Cell(null, List.of(), 0);
                        }
                        CalendarDay day = byDate.get(date);
                        return day == null ? new Cell(date, List.of(), 0) : new Cell(date, day.entries(), day.more());
                    })
                    .toList());
        }
        return weeks;
    }

    private static List<LocalDate> weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return monday.datesUntil(monday.plusWeeks(1)).toList();
    }
}
