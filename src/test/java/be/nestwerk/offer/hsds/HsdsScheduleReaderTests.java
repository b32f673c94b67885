package be.nestwerk.offer.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.hsds.HsdsImportReport.Note;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** HSDS schedules read as weekly opening hours or dated sessions, and what is left out says why. */
class HsdsScheduleReaderTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Note> warnings = new ArrayList<>();
    private final HsdsScheduleReader reader = new HsdsScheduleReader("network/service", warnings);

    @Test
    void aWeeklyScheduleWithDaysIsOpeningHoursOnEachDay() {
        UUID place = UUID.randomUUID();
        read("""
                [{"id": "a", "freq": "WEEKLY", "byday": "MO,WE", "opens_at": "09:00", "closes_at": "12:30:00"}]""", place);
        assertThat(reader.openingHours())
                .containsExactly(
                        new OpeningHours(place, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)),
                        new OpeningHours(place, DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)));
        assertThat(reader.sessions()).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aDatedScheduleIsASessionWithItsRecurrenceAndADatelessOneIsOnce() {
        read("""
                [{"id": "b", "dtstart": "2026-09-02", "freq": "MONTHLY", "bymonthday": "2", "until": "2027-06-30",
                  "opens_at": "14:00Z", "closes_at": "16:00Z", "schedule_link": "https://example.org/inschrijven"},
                 {"id": "c", "dtstart": "2026-10-10", "opens_at": "10:00", "closes_at": "11:00"},
                 {"id": "c", "dtstart": "2026-10-10", "opens_at": "10:00", "closes_at": "11:00"}]""", null);
        assertThat(reader.sessions()).hasSize(2);
        assertThat(reader.sessions().get(0).recurrence()).isEqualTo("FREQ=MONTHLY;BYMONTHDAY=2;UNTIL=20270630");
        assertThat(reader.sessions().get(0).date()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(reader.sessions().get(0).registrationUrl()).isEqualTo("https://example.org/inschrijven");
        assertThat(reader.sessions().get(1).recurrence()).isNull();
        assertThat(reader.sessions().get(0).id())
                .as("the same in every import of the file")
                .isEqualTo(HsdsIds.of("hsds-session/network/service/b"));
        assertThat(warnings).extracting(Note::key).containsExactly("offer.hsds.import.warning.schedule.zone");
    }

    @Test
    void whatIsNeitherOpeningHoursNorASessionIsLeftOutWithAWarning() {
        read("""
                [{"id": "d", "freq": "MONTHLY", "byday": "1MO", "opens_at": "09:00", "closes_at": "10:00"},
                 {"id": "e", "freq": "WEEKLY", "byday": "TU"},
                 {"id": "f", "freq": "WEEKLY", "byday": "TU", "opens_at": "18:00", "closes_at": "09:00"},
                 {"id": "g", "dtstart": "2026-01-01", "freq": "WEEKLY", "byday": "XX", "count": 3,
                  "opens_at": "09:00", "closes_at": "10:00"}]""", null);
        assertThat(reader.openingHours()).isEmpty();
        assertThat(reader.sessions()).isEmpty();
        assertThat(warnings)
                .extracting(Note::key)
                .containsExactly(
                        "offer.hsds.import.warning.schedule.notUnderstood",
                        "offer.hsds.import.warning.schedule.times",
                        "offer.hsds.import.warning.schedule.times",
                        "offer.hsds.import.warning.schedule.recurrence");
    }

    private void read(String schedules, UUID place) {
        reader.read(json.readTree(schedules), place);
    }
}
