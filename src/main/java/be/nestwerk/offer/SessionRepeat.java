package be.nestwerk.offer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How an activity session repeats, in the words of the editor: the simple choices become RFC 5545 rules on the
 * weekday of the first date (a monthly session on the same weekday of the month: "every first Thursday"), with an
 * end date or a number of times; any other rule is edited as it is written.
 */
enum SessionRepeat {
    NONE,
    WEEKLY,
    EVERY_TWO_WEEKS,
    MONTHLY,
    ADVANCED;

    /** A repetition as the form shows it: one of the simple choices with its end, or an advanced rule. */
    record Repetition(
            SessionRepeat repeat,
            @Nullable LocalDate until,
            @Nullable Integer count,
            @Nullable String rule) {}

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern SIMPLE = Pattern.compile("FREQ=(WEEKLY|MONTHLY)(;INTERVAL=2)?;BYDAY=(-1|[1-4])?"
            + "(MO|TU|WE|TH|FR|SA|SU)(?:;UNTIL=([0-9]{8})|;COUNT=([1-9][0-9]{0,2}))");

    boolean isSimple() {
        return this == WEEKLY || this == EVERY_TWO_WEEKS || this == MONTHLY;
    }

    /** The rule of a simple repetition that starts on this date and ends on a date or after a number of times. */
    String rule(LocalDate first, @Nullable LocalDate until, @Nullable Integer count) {
        String day = day(first.getDayOfWeek());
        String frequency = switch (this) {
            case WEEKLY -> "FREQ=WEEKLY;BYDAY=" + day;
            case EVERY_TWO_WEEKS -> "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + day;
            case MONTHLY -> "FREQ=MONTHLY;BYDAY=" + weekOfMonth(first) + day;
            default -> throw new IllegalStateException("Not a simple repetition: " + this);
        };
        return frequency + (until != null ? ";UNTIL=" + UNTIL.format(until) : ";COUNT=" + count);
    }

    /** How the editor shows a stored rule: as a simple choice when it is exactly one, else as an advanced rule. */
    static Repetition of(@Nullable String rule, LocalDate first) {
        if (rule == null || rule.isBlank()) {
            return new Repetition(NONE, null, null, null);
        }
        Matcher simple = SIMPLE.matcher(rule);
        if (!simple.matches() || !simple.group(4).equals(day(first.getDayOfWeek()))) {
            return advanced(rule);
        }
        boolean monthly = simple.group(1).equals("MONTHLY");
        boolean everyTwo = simple.group(2) != null;
        String ordinal = simple.group(3);
        SessionRepeat repeat;
        if (monthly && !everyTwo && String.valueOf(weekOfMonth(first)).equals(ordinal)) {
            repeat = MONTHLY;
        } else if (!monthly && ordinal == null) {
            repeat = everyTwo ? EVERY_TWO_WEEKS : WEEKLY;
        } else {
            return advanced(rule);
        }
        LocalDate until = simple.group(5) == null ? null : parseUntil(simple.group(5));
        if (simple.group(5) != null && until == null) {
            return advanced(rule);
        }
        Integer count = simple.group(6) == null ? null : Integer.valueOf(simple.group(6));
        return new Repetition(repeat, until, count, null);
    }

    private static Repetition advanced(String rule) {
        return new Repetition(ADVANCED, null, null, rule);
    }

    private static @Nullable LocalDate parseUntil(String value) {
        try {
            return LocalDate.parse(value, UNTIL);
        } catch (RuntimeException notADate) {
            return null;
        }
    }

    /** 1 to 4 for the first to fourth such weekday of the month; the fifth is the last (-1). */
    private static int weekOfMonth(LocalDate date) {
        int week = (date.getDayOfMonth() - 1) / 7 + 1;
        return week == 5 ? -1 : week;
    }

    private static String day(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}
