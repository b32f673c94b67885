package be.nestwerk.offer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** Dates as the calendar writes them in the page's language (patterns from the messages), and translated problems. */
final class CalendarTexts {

    private final MessageSource messages;
    private final Locale locale;

    CalendarTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String day(LocalDate date) {
        return capitalised(format("offer.calendar.format.day", date));
    }

    String month(YearMonth month) {
        return capitalised(format("offer.calendar.format.month", month.atDay(1)));
    }

    String weekday(LocalDate date) {
        return capitalised(format("offer.calendar.format.weekday", date));
    }

    String period(CalendarPeriod period) {
        return switch (period.view()) {
            case WEEK ->
                message(
                        "offer.calendar.period.week",
                        format("offer.calendar.format.day", period.from()),
                        format("offer.calendar.format.date", period.last()));
            case MONTH -> month(YearMonth.from(period.from()));
        };
    }

    List<String> problems(List<ContentProblem> problems) {
        return problems.stream()
                .map(problem ->
                        message(problem.messageKey(), problem.arguments().toArray()))
                .toList();
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private String format(String patternKey, LocalDate date) {
        return DateTimeFormatter.ofPattern(message(patternKey), locale).format(date);
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
