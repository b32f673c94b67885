package be.nestwerk.offer.hsds;

import be.nestwerk.offer.OfferContent;
import be.nestwerk.offer.OfferContent.Closure;
import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.SessionSeries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An offer's times as HSDS schedules: each weekly opening as a WEEKLY schedule of one day, each activity session
 * series as a dated schedule (dtstart, with the recurrence's freq, interval, byday, bymonthday, count or until), and
 * each closure as a schedule that is valid only from its first to its last day, without times.
 */
final class HsdsSchedules {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String ALL_DAYS = "MO,TU,WE,TH,FR,SA,SU";

    private HsdsSchedules() {}

    static List<Hsds.Schedule> of(UUID offerId, OfferContent content, String closedNote) {
        List<Hsds.Schedule> schedules = new ArrayList<>();
        for (OpeningHours hours : content.openingHours()) {
            schedules.add(opening(offerId, hours));
        }
        for (SessionSeries series : content.sessions()) {
            schedules.add(session(offerId, series));
        }
        for (Closure closure : content.closures()) {
            schedules.add(new Hsds.Schedule(
                    HsdsIds.ofOffer("closure/" + closure.from() + "/" + closure.to(), offerId),
                    offerId,
                    null,
                    null,
                    closure.from().toString(),
                    closure.to().toString(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    closure.note(),
                    null,
                    null,
                    null,
                    closedNote));
        }
        return schedules;
    }

    private static Hsds.Schedule opening(UUID offerId, OpeningHours hours) {
        return new Hsds.Schedule(
                HsdsIds.ofOffer("opening/" + hours.placeId() + "/" + hours.day() + "/" + hours.opens(), offerId),
                offerId,
                hours.placeId(),
                hours.placeId() == null ? null : HsdsIds.serviceAtLocation(offerId, hours.placeId()),
                null,
                null,
                null,
                null,
                null,
                null,
                "WEEKLY",
                1,
                day(hours.day()),
                null,
                null,
                hours.opens().format(TIME),
                hours.closes().format(TIME),
                null,
                null);
    }

    private static Hsds.Schedule session(UUID offerId, SessionSeries series) {
        Map<String, String> rule = rule(series.recurrence());
        String freq = rule.get("FREQ");
        String byday = rule.get("BYDAY");
        Integer interval = number(rule.get("INTERVAL"));
        if ("DAILY".equals(freq) && byday == null && (interval == null || interval == 1)) {
            freq = "WEEKLY";
            byday = ALL_DAYS;
        }
        boolean representable = "WEEKLY".equals(freq) || "MONTHLY".equals(freq);
        String until = rule.get("UNTIL");
        boolean oneOff = series.recurrence() == null;
        return new Hsds.Schedule(
                series.id(),
                offerId,
                series.placeId(),
                series.placeId() == null ? null : HsdsIds.serviceAtLocation(offerId, series.placeId()),
                series.date().toString(),
                oneOff ? series.date().toString() : null,
                series.date().toString(),
                until == null ? null : untilDate(until),
                number(rule.get("COUNT")),
                rule.get("WKST"),
                representable ? freq : null,
                representable ? (interval == null ? 1 : interval) : null,
                representable ? byday : null,
                representable ? rule.get("BYMONTHDAY") : null,
                null,
                series.starts().format(TIME),
                series.ends().format(TIME),
                series.registrationUrl(),
                null);
    }

    /** The parts of an RFC 5545 RRULE value ("FREQ=WEEKLY;BYDAY=WE"), upper case keys; empty for none. */
    static Map<String, String> rule(@Nullable String recurrence) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (recurrence != null) {
            Arrays.stream(recurrence.split(";"))
                    .map(part -> part.split("=", 2))
                    .filter(pair -> pair.length == 2)
                    .forEach(pair -> parts.put(pair[0].strip().toUpperCase(Locale.ROOT), pair[1].strip()));
        }
        return parts;
    }

    static String day(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static String untilDate(String until) {
        String date = until.length() >= 8 ? until.substring(0, 8) : until;
        try {
            return LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE).toString();
        } catch (RuntimeException unreadable) {
            return until;
        }
    }

    private static @Nullable Integer number(@Nullable String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }
}
