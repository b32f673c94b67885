package be.nestwerk.offer;

import be.nestwerk.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;

/** What the calendar page shows for a checked request: the days with their sessions, and every link around them. */
final class CalendarPageModel {

    /** A day of the page: its heading and its sessions. */
    record Day(LocalDate date, String heading, List<CalendarEntry> entries) {}

    private CalendarPageModel() {}

    static void fill(
            Model model,
            CalendarRequest.Checked checked,
            ActivityCalendar.Page found,
            int pageSize,
            LocalDate today,
            CalendarTexts texts,
            CalendarLinks links,
            HttpServletRequest request,
            Locale locale) {
        CalendarPeriod period = checked.period();
        model.addAttribute("problems", List.of());
        model.addAttribute("in", checked.language());
        model.addAttribute("view", period.view().parameter());
        model.addAttribute(
                "date",
                period.contains(today) ? today.toString() : period.from().toString());
        model.addAttribute("periodLabel", texts.period(period));
        model.addAttribute(
                "days",
                CalendarDay.group(found.entries(), Map.of()).stream()
                        .map(day -> new Day(day.date(), texts.day(day.date()), day.entries()))
                        .toList());
        model.addAttribute("total", found.total());
        model.addAttribute("pages", PageLinks.of(request, checked.page(), pageSize, found.total()));
        model.addAttribute(
                "previousLink",
                links.period(period.previous(), period.previous().from()));
        model.addAttribute("nextLink", links.period(period.next(), period.next().from()));
        model.addAttribute("todayLink", links.period(period, today));
        model.addAttribute("showsToday", period.contains(today));
        model.addAttribute(
                "weekLink", links.period(CalendarPeriod.of(CalendarPeriod.View.WEEK, period.from()), period.from()));
        model.addAttribute("monthLink", links.period(CalendarPeriod.month(period.from()), period.from()));
        model.addAttribute("feedLink", links.feed());
        model.addAttribute("subscribeLink", links.subscription());
        YearMonth month = YearMonth.from(period.from());
        model.addAttribute("paperLink", links.paper(month, locale));
        model.addAttribute("paperMonth", texts.monthInSentence(month));
    }
}
