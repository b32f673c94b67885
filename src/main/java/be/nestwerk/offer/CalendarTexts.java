package be.nestwerk.offer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** Dates as the calendar writes them in the page's language (patterns from the messages), and translated problems. */
final class CalendarTexts {

    /** The ids of the filter form's fields, by request parameter. */
    private static final Map<String, String> FORM_FIELDS = Map.of(
            "q", "calendar-q",
            "age", "calendar-age",
            "place", "calendar-place",
            "km", "calendar-km",
            "theme", "calendar-theme",
            "language", "calendar-language",
            "in", "calendar-in",
            "day", "calendar-day-1");

    private final MessageSource messages;
    private final Locale locale;

    CalendarTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String day(LocalDate date) {
        return capitalised(format("offer.calendar.format.day", date));
    }

    /** The month as a heading ("November 2026"). */
    String month(YearMonth month) {
        return capitalised(monthInSentence(month));
    }

    /** The month inside a sentence, in the language's own case ("november 2026" in Dutch and French). */
    String monthInSentence(YearMonth month) {
        return format("offer.calendar.format.month", month.atDay(1));
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

    /** A problem as shown: what is wrong, and the field of the filter form to correct (null when not in the form). */
    record Problem(String text, @Nullable String field) {}

    /** Each problem preceded by the name of what was asked ("Age: choose a number from 0 to 24."). */
    List<Problem> problems(List<ContentProblem> problems) {
        return problems.stream()
                .map(problem -> {
                    String text =
                            message(problem.messageKey(), problem.arguments().toArray());
                    String label = messages.getMessage("offer.calendar.field." + problem.field(), null, null, locale);
                    return new Problem(
                            label == null ? text : message("offer.calendar.problem", label, text),
                            FORM_FIELDS.get(problem.field()));
                })
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
