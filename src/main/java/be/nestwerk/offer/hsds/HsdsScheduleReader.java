package be.nestwerk.offer.hsds;

import static be.nestwerk.offer.hsds.HsdsDataset.text;

import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.SessionSeries;
import be.nestwerk.offer.hsds.HsdsImportReport.Note;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Recur;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads HSDS schedules into opening hours and activity sessions. A schedule with a first date (dtstart) that ends
 * (count or until) or does not repeat (no freq) is a dated session; a weekly schedule with days is opening hours;
 * anything else is left out with a warning. Times are taken as local Belgian time.
 */
final class HsdsScheduleReader {

    private static final Pattern TIME =
            Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern DAY = Pattern.compile("[+-]?\\d{0,2}(MO|TU|WE|TH|FR|SA|SU)");

    private final String idBase;
    private final Set<String> seen = new LinkedHashSet<>();
    private final Set<OpeningHours> openingHours = new LinkedHashSet<>();
    private final List<SessionSeries> sessions = new ArrayList<>();
    private final List<Note> warnings;
    private boolean zoneIgnored;

    /** @param idBase what makes the session ids of this network and service unique */
    HsdsScheduleReader(String idBase, List<Note> warnings) {
        this.idBase = idBase;
        this.warnings = warnings;
    }

    List<OpeningHours> openingHours() {
        return List.copyOf(openingHours);
    }

    List<SessionSeries> sessions() {
        return List.copyOf(sessions);
    }

    /** Reads the schedules of the service, of a service_at_location or of a location (then at that place). */
    void read(JsonNode schedules, @Nullable UUID placeId) {
        for (JsonNode schedule : schedules) {
            String id = text(schedule, "id");
            if (id != null && !seen.add(id)) {
                continue;
            }
            read(
                    schedule,
                    id == null ? String.valueOf(seen.size() + sessions.size() + openingHours.size()) : id,
                    placeId);
        }
    }

    private void read(JsonNode schedule, String id, @Nullable UUID placeId) {
        LocalTime opens = time(text(schedule, "opens_at"));
        LocalTime closes = time(text(schedule, "closes_at"));
        LocalDate start = date(text(schedule, "dtstart"));
        String freq = upper(text(schedule, "freq"));
        String byday = upper(text(schedule, "byday"));
        boolean ends = schedule.hasNonNull("count") || text(schedule, "until") != null;
        boolean dated = start != null && (ends || freq == null);
        boolean weekly = !dated && (freq == null || freq.equals("WEEKLY")) && byday != null && interval(schedule) == 1;
        if (!dated && !weekly) {
            warnings.add(Note.of("offer.hsds.import.warning.schedule.notUnderstood", id));
        } else if (opens == null || closes == null || !opens.isBefore(closes)) {
            warnings.add(Note.of("offer.hsds.import.warning.schedule.times", id));
        } else if (dated) {
            session(schedule, id, placeId, start, opens, closes, freq, byday);
        } else {
            List<DayOfWeek> days = days(byday);
            if (days.isEmpty()) {
                warnings.add(Note.of("offer.hsds.import.warning.schedule.notUnderstood", id));
            }
            days.forEach(day -> openingHours.add(new OpeningHours(placeId, day, opens, closes)));
        }
    }

    private void session(
            JsonNode schedule,
            String id,
            @Nullable UUID placeId,
            LocalDate start,
            LocalTime opens,
            LocalTime closes,
            @Nullable String freq,
            @Nullable String byday) {
        String recurrence = null;
        if (freq != null) {
            List<String> parts = new ArrayList<>(List.of("FREQ=" + freq));
            if (interval(schedule) > 1) {
                parts.add("INTERVAL=" + interval(schedule));
            }
            if (byday != null) {
                parts.add("BYDAY=" + byday.replace(" ", ""));
            }
            String bymonthday = text(schedule, "bymonthday");
            if (bymonthday != null && freq.equals("MONTHLY")) {
                parts.add("BYMONTHDAY=" + bymonthday.replace(" ", ""));
            }
            LocalDate until = date(text(schedule, "until"));
            if (schedule.hasNonNull("count")) {
                parts.add("COUNT=" + schedule.get("count").asInt());
            } else if (until != null) {
                parts.add("UNTIL=" + until.toString().replace("-", ""));
            }
            String wkst = upper(text(schedule, "wkst"));
            if (wkst != null) {
                parts.add("WKST=" + wkst);
            }
            recurrence = String.join(";", parts);
            if (!isValid(recurrence)) {
                warnings.add(Note.of("offer.hsds.import.warning.schedule.recurrence", id, recurrence));
                return;
            }
        }
        sessions.add(new SessionSeries(
                HsdsIds.of("hsds-session/" + idBase + "/" + id),
                placeId,
                start,
                opens,
                closes,
                recurrence,
                null,
                null,
                HsdsAddresses.web(text(schedule, "schedule_link")),
                null));
    }

    private static boolean isValid(String recurrence) {
        try {
            new Recur<LocalDate>(recurrence)
                    .getDates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
            return true;
        } catch (RuntimeException invalid) {
            return false;
        }
    }

    private static int interval(JsonNode schedule) {
        return schedule.hasNonNull("interval") && schedule.get("interval").isNumber()
                ? schedule.get("interval").asInt()
                : 1;
    }

    private static List<DayOfWeek> days(String byday) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String token : byday.split(",")) {
            Matcher day = DAY.matcher(token.strip());
            if (day.matches()) {
                for (DayOfWeek candidate : DayOfWeek.values()) {
                    if (candidate.name().startsWith(day.group(1)) && !days.contains(candidate)) {
                        days.add(candidate);
                    }
                }
            }
        }
        return days;
    }

    private @Nullable LocalTime time(@Nullable String value) {
        if (value == null) {
            return null;
        }
        Matcher time = TIME.matcher(value);
        if (!time.matches()) {
            return null;
        }
        if (time.group(4) != null && !zoneIgnored) {
            zoneIgnored = true;
            warnings.add(Note.of("offer.hsds.import.warning.schedule.zone"));
        }
        int hour = Integer.parseInt(time.group(1));
        int minute = Integer.parseInt(time.group(2));
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    static @Nullable LocalDate date(@Nullable String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static @Nullable String upper(@Nullable String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
