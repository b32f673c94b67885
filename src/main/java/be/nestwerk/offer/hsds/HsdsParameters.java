package be.nestwerk.offer.hsds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the query parameters of the HSDS API; anything we cannot use is refused with a message key. */
final class HsdsParameters {

    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    static final int MAX_SEARCH = 200;
    /** 100 km from a postcode is already the whole of Flanders from its middle. */
    static final int MAX_PROXIMITY_METRES = 100_000;

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private HsdsParameters() {}

    static int integer(String name, @Nullable String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, with the range
        }
        throw new HsdsParameterException("offer.hsds.problem.integer", name, min, max);
    }

    static @Nullable UUID uuid(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!UUID_FORM.matcher(value.strip()).matches()) {
            throw new HsdsParameterException("offer.hsds.problem.uuid", name);
        }
        return UUID.fromString(value.strip());
    }

    static boolean bool(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new HsdsParameterException("offer.hsds.problem.boolean", name);
        };
    }

    /** An instant, a local date-time or a date (both in Belgian time); the start of the day for a date. */
    static @Nullable Instant dateTime(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).atZone(BELGIUM).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(BELGIUM).toInstant();
                } catch (DateTimeParseException notADate) {
                    throw new HsdsParameterException("offer.hsds.problem.datetime", name);
                }
            }
        }
    }

    static @Nullable String search(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_SEARCH) {
            throw new HsdsParameterException("offer.hsds.problem.search", MAX_SEARCH);
        }
        return value.strip();
    }

    /** Only JSON; the ndjson stream that openapi.json mentions is not offered. */
    static void format(@Nullable String value) {
        if (value != null && !value.isBlank() && !value.strip().equalsIgnoreCase("json")) {
            throw new HsdsParameterException("offer.hsds.problem.format");
        }
    }

    /** A distance in metres, whole or decimal, from 1 to {@link #MAX_PROXIMITY_METRES}. */
    static @Nullable Double proximity(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double metres = Double.parseDouble(value.strip());
            if (metres >= 1 && metres <= MAX_PROXIMITY_METRES) {
                return metres;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, with the range
        }
        throw new HsdsParameterException("offer.hsds.problem.proximity", MAX_PROXIMITY_METRES);
    }
}
