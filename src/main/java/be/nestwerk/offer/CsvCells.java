package be.nestwerk.offer;

import be.nestwerk.offer.CsvOfferFile.Row;
import be.nestwerk.offer.ImportReport.Problem;
import be.nestwerk.offer.OfferContent.OpeningHours;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one spreadsheet row read as typed values, written as people type them in a spreadsheet: "ja" or
 * "oui", "12,50", "14/09/2026", "9:30", codes in any case. A cell that cannot be read is a problem named by its column.
 */
final class CsvCells {

    private static final Pattern SPLIT = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,7}([.,]\\d{1,2})?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,6}");
    private static final Pattern HOURS =
            Pattern.compile("(MO|TU|WE|TH|FR|SA|SU)\\s+(\\d{1,2}[:.]\\d{2})\\s*[-–]\\s*(\\d{1,2}[:.]\\d{2})");
    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "MO", DayOfWeek.MONDAY,
            "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY,
            "TH", DayOfWeek.THURSDAY,
            "FR", DayOfWeek.FRIDAY,
            "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);
    private static final Set<String> YES = Set.of("ja", "yes", "oui", "true", "1");
    private static final Set<String> NO = Set.of("nee", "no", "non", "false", "0");
    private static final List<DateTimeFormatter> DATES = Stream.of("uuuu-MM-dd", "d/M/uuuu", "d-M-uuuu")
            .map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
            .toList();

    private final Row row;
    private final List<Problem> problems = new ArrayList<>();

    CsvCells(Row row) {
        this.row = row;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Weekly opening hours such as "MO 09:00-12:00|WE 13:00-17:00", valid at every place. */
    List<OpeningHours> openingHours(String column) {
        List<OpeningHours> hours = new ArrayList<>();
        for (String slot : list(column)) {
            Matcher matcher = HOURS.matcher(slot.toUpperCase(Locale.ROOT));
            LocalTime opens = matcher.matches() ? parseTime(matcher.group(2)) : null;
            LocalTime closes = matcher.matches() ? parseTime(matcher.group(3)) : null;
            if (opens == null || closes == null) {
                problem(column, "offer.import.problem.openingHours", slot);
            } else {
                hours.add(new OpeningHours(null, DAYS.get(matcher.group(1)), opens, closes));
            }
        }
        return hours;
    }

    @Nullable
    String text(String column) {
        return row.has(column) ? row.value(column) : null;
    }

    List<String> list(String column) {
        return row.has(column)
                ? Arrays.stream(SPLIT.split(row.value(column)))
                        .filter(value -> !value.isBlank())
                        .toList()
                : List.of();
    }

    Set<String> codes(String column, boolean upperCase) {
        return list(column).stream()
                .map(code -> upperCase ? code.toUpperCase(Locale.ROOT) : code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The column's one value, or null when it is empty or cannot be read (a problem then says why). */
    <E extends Enum<E>> @Nullable E one(String column, Class<E> type) {
        return row.has(column) ? parse(column, row.value(column), type) : null;
    }

    <E extends Enum<E>> Set<E> many(String column, Class<E> type) {
        Set<E> values = new LinkedHashSet<>();
        for (String value : list(column)) {
            E parsed = parse(column, value, type);
            if (parsed != null) {
                values.add(parsed);
            }
        }
        return values;
    }

    private <E extends Enum<E>> @Nullable E parse(String column, String value, Class<E> type) {
        String code = value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return constant;
            }
        }
        problem(
                column,
                "offer.import.problem.value",
                value,
                Stream.of(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    boolean bool(String column, boolean absent) {
        if (!row.has(column)) {
            return absent;
        }
        String value = row.value(column).toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        problem(column, "offer.import.problem.yesNo", row.value(column));
        return absent;
    }

    @Nullable
    Integer integer(String column) {
        if (!row.has(column)) {
            return null;
        }
        String value = row.value(column);
        if (!INTEGER.matcher(value).matches()) {
            problem(column, "offer.import.problem.integer", value);
            return null;
        }
        return Integer.valueOf(value);
    }

    @Nullable
    BigDecimal amount(String column) {
        if (!row.has(column)) {
            return null;
        }
        String value = row.value(column).replace("€", "").strip();
        if (!AMOUNT.matcher(value).matches()) {
            problem(column, "offer.import.problem.amount", row.value(column));
            return null;
        }
        return new BigDecimal(value.replace(',', '.'));
    }

    @Nullable
    LocalDate date(String column) {
        if (!row.has(column)) {
            problem(column, "offer.import.problem.required");
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(row.value(column), format);
            } catch (DateTimeParseException next) {
                // try the next way of writing a date
            }
        }
        problem(column, "offer.import.problem.date", row.value(column));
        return null;
    }

    @Nullable
    LocalTime time(String column) {
        if (!row.has(column)) {
            problem(column, "offer.import.problem.required");
            return null;
        }
        LocalTime time = parseTime(row.value(column));
        if (time == null) {
            problem(column, "offer.import.problem.time", row.value(column));
        }
        return time;
    }

    /** "9:30", "09.30" or "09:30:00", as spreadsheets write times. */
    private static @Nullable LocalTime parseTime(String value) {
        Matcher matcher = Pattern.compile("(\\d{1,2})[:.](\\d{2})(:00)?").matcher(value.strip());
        if (!matcher.matches()) {
            return null;
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    void problem(String column, String messageKey, Object... arguments) {
        problems.add(new Problem(column, messageKey, List.of(arguments)));
    }
}
