package be.nestwerk.offer;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/** The choices of the calendar's filter form, labelled in the page's language (languages in their own). */
final class CalendarForm {

    /** A choice in a select or a group of checkboxes; {@code lang} when the label is in another language. */
    record Option(String value, String label, @Nullable String lang) {}

    private CalendarForm() {}

    static void addTo(Model model, MessageSource messages, Locale locale) {
        model.addAttribute(
                "themeOptions",
                Arrays.stream(LifeDomain.values())
                        .map(domain -> new Option(
                                domain.name(),
                                messages.getMessage("offer.domain." + domain.name(), null, locale),
                                null))
                        .toList());
        model.addAttribute("languageOptions", languages());
        model.addAttribute(
                "dayOptions",
                Arrays.stream(DayOfWeek.values())
                        .map(day -> new Option(
                                String.valueOf(day.getValue()), day.getDisplayName(TextStyle.FULL, locale), null))
                        .toList());
    }

    private static List<Option> languages() {
        return ContentLanguage.ALL.stream()
                .map(code -> new Option(code, ContentLanguage.nativeName(code), code))
                .toList();
    }
}
