package be.nestwerk.offer;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a person typed into the offer editor, value by value, and notes in words (message keys) what it could
 * not read, against the field it came from. Nothing a browser sends makes it fail.
 */
final class OfferFormReader {

    static final int MAX_LINE = 300;
    static final int MAX_NUMBER = 100_000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]{6,40}");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,6}([.,][0-9]{1,2})?");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,3}([.,][0-9]{1,12})?");
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3])[:.hu]([0-5][0-9])");

    private final List<ContentProblem> problems = new ArrayList<>();

    static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    List<ContentProblem> problems() {
        return List.copyOf(problems);
    }

    void problem(String field, String messageKey, Object... arguments) {
        problems.add(ContentProblem.of(field, messageKey, arguments));
    }

    /** The trimmed text, or null when nothing was typed. */
    @Nullable
    String text(String field, @Nullable String value, int max) {
        if (isBlank(value)) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            problem(field, "offer.editor.problem.tooLong", max);
        }
        return text;
    }

    /** The trimmed text; when nothing was typed, a problem and an empty text. */
    String required(String field, @Nullable String value, int max) {
        String text = text(field, value, max);
        if (text == null) {
            problem(field, "offer.editor.problem.required");
            return "";
        }
        return text;
    }

    @Nullable
    Integer integer(String field, @Nullable String value, int min, int max) {
        if (isBlank(value)) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip().replace('−', '-'));
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // explained below
        }
        problem(field, "offer.editor.problem.integer", min, max);
        return null;
    }

    /** An amount in euro, with a comma or a point before the cents. */
    @Nullable
    BigDecimal amount(String field, @Nullable String value) {
        if (isBlank(value)) {
            return null;
        }
        String typed = value.strip().replace("€", "").strip();
        if (!AMOUNT.matcher(typed).matches()) {
            problem(field, "offer.editor.problem.amount");
            return null;
        }
        return new BigDecimal(typed.replace(',', '.'));
    }

    @Nullable
    Double coordinate(String field, @Nullable String value) {
        if (isBlank(value)) {
            return null;
        }
        String typed = value.strip();
        if (!DECIMAL.matcher(typed).matches()) {
            problem(field, "offer.editor.problem.coordinate");
            return null;
        }
        return Double.valueOf(typed.replace(',', '.'));
    }

    /** A date as a date field sends it (2027-06-30) or as people type it (30/06/2027). */
    @Nullable
    LocalDate date(String field, @Nullable String value) {
        if (isBlank(value)) {
            return null;
        }
        String typed = value.strip();
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DAY_MONTH_YEAR)) {
            try {
                LocalDate date = LocalDate.parse(typed, format);
                if (date.getYear() >= 2000 && date.getYear() <= 2100) {
                    return date;
                }
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        problem(field, "offer.editor.problem.date");
        return null;
    }

    LocalDate requiredDate(String field, @Nullable String value, LocalDate otherwise) {
        if (isBlank(value)) {
            problem(field, "offer.editor.problem.required");
            return otherwise;
        }
        LocalDate date = date(field, value);
        return date == null ? otherwise : date;
    }

    /** A time of day as a time field sends it (09:30), or typed as 9.30 or 9u30. */
    LocalTime requiredTime(String field, @Nullable String value, LocalTime otherwise) {
        if (isBlank(value)) {
            problem(field, "offer.editor.problem.required");
            return otherwise;
        }
        var time = TIME.matcher(value.strip());
        if (!time.matches()) {
            problem(field, "offer.editor.problem.time");
            return otherwise;
        }
        return LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
    }

    /** One of an enumeration's constants by name; nothing chosen is a problem too. */
    <E extends Enum<E>> E choice(String field, @Nullable String value, Class<E> type, E otherwise) {
        Optional<E> chosen = constant(value, type);
        if (chosen.isEmpty()) {
            problem(field, isBlank(value) ? "offer.editor.problem.required" : "offer.editor.problem.choice");
        }
        return chosen.orElse(otherwise);
    }

    /** The ticked constants; a value that is not one of them is a problem (a tampered form). */
    <E extends Enum<E>> Set<E> choices(String field, List<String> values, Class<E> type) {
        Set<E> chosen = new LinkedHashSet<>();
        for (String value : values) {
            constant(value, type).ifPresentOrElse(chosen::add, () -> problem(field, "offer.editor.problem.choice"));
        }
        return chosen;
    }

    boolean yesOrNo(String field, @Nullable String value) {
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean(value);
        }
        problem(field, "offer.editor.problem.choice");
        return true;
    }

    /** A web address that a page may link to: http or https only. */
    @Nullable
    String link(String field, @Nullable String value) {
        String text = text(field, value, MAX_LINE);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException notAnAddress) {
            // explained below
        }
        problem(field, "offer.editor.problem.link");
        return text;
    }

    @Nullable
    String email(String field, @Nullable String value) {
        String text = text(field, value, MAX_LINE);
        if (text != null && !EMAIL.matcher(text).matches()) {
            problem(field, "offer.editor.problem.email");
        }
        return text;
    }

    @Nullable
    String phone(String field, @Nullable String value) {
        String text = text(field, value, MAX_LINE);
        if (text != null && !PHONE.matcher(text).matches()) {
            problem(field, "offer.editor.problem.phone");
        }
        return text;
    }

    /** A row's id, kept from version to version; a new one when none (or something else) was sent. */
    static UUID id(@Nullable String value) {
        if (!isBlank(value)) {
            try {
                return UUID.fromString(value.strip());
            } catch (IllegalArgumentException notAnId) {
                // a tampered form: the row becomes a new one
            }
        }
        return UUID.randomUUID();
    }

    private static <E extends Enum<E>> Optional<E> constant(@Nullable String value, Class<E> type) {
        if (isBlank(value)) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value.strip()))
                .findFirst();
    }
}
