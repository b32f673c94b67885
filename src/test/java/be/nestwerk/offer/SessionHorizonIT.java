package be.nestwerk.offer;

import static be.nestwerk.offer.CalendarFixtures.activity;
import static be.nestwerk.offer.CalendarFixtures.publicPlace;
import static be.nestwerk.offer.CalendarFixtures.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferFixtures.Scene;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly renewal of the sessions' rolling horizon, run with a clock set weeks ahead. The test runs in a
 * transaction that is rolled back, so that dropping every old session does not reach the other tests' data.
 */
@NestwerkIntegrationTest
@Transactional
class SessionHorizonIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OfferStore store;

    @Autowired
    TransactionTemplate transactions;

    LocalDate today;
    UUID endless;
    UUID tenTimes;

    @BeforeEach
    void twoWeeklyActivitiesOneWithoutEnd() {
        Scene scene = OfferFixtures.scene(context);
        today = LocalDate.now(SessionOccurrences.BELGIUM);
        Place hall = publicPlace("Zaal");
        endless = OfferFixtures.published(
                context,
                scene,
                activity("Elke week", List.of(hall), List.of(weekly(hall, today, "FREQ=WEEKLY", 12, 12)))
                        .content());
        Place room = publicPlace("Lokaal");
        tenTimes = OfferFixtures.published(
                context,
                scene,
                activity("Tien keer", List.of(room), List.of(weekly(room, today, "FREQ=WEEKLY;COUNT=10", 12, 5)))
                        .content());
    }

    @Test
    void extendsRecurringSeriesAheadAndDropsOldSessionsKeepingThePlacesLeft() {
        assertThat(last(endless)).isBetween(today.plusDays(541), today.plusDays(548));
        UUID inFiveWeeks = sessionOn(endless, today.plusWeeks(5));
        jdbc.update("update activity_session set places_left = 10 where id = ?", inFiveWeeks);

        SessionHorizon.Renewal renewal = horizonOn(today.plusDays(50)).renew();

        assertThat(renewal.claimed()).isTrue();
        assertThat(renewal.added()).isGreaterThanOrEqualTo(7);
        assertThat(renewal.dropped()).isGreaterThanOrEqualTo(6);
        assertThat(last(endless)).isBetween(today.plusDays(50 + 541), today.plusDays(50 + 548));
        assertThat(first(endless)).isAfterOrEqualTo(today.plusDays(50 - 31));
        assertThat(placesLeft(inFiveWeeks)).isEqualTo(10);
        assertThat(dates(tenTimes))
                .containsExactly(
                        today.plusWeeks(3),
                        today.plusWeeks(4),
                        today.plusWeeks(5),
                        today.plusWeeks(6),
                        today.plusWeeks(7),
                        today.plusWeeks(8),
                        today.plusWeeks(9));
    }

    @Test
    void runsOnceANightHoweverManyInstancesTry() {
        assertThat(horizonOn(today.plusDays(50)).renew().claimed()).isTrue();
        int sessions = count(endless);

        assertThat(horizonOn(today.plusDays(50)).renew()).isEqualTo(SessionHorizon.Renewal.NOT_CLAIMED);
        assertThat(count(endless)).isEqualTo(sessions);

        SessionHorizon.Renewal nextNight = horizonOn(today.plusDays(57)).renew();
        assertThat(nextNight.claimed()).isTrue();
        assertThat(count(endless)).isEqualTo(sessions);
        assertThat(last(endless)).isBetween(today.plusDays(57 + 541), today.plusDays(57 + 548));
    }

    private SessionHorizon horizonOn(LocalDate day) {
        Clock clock =
                Clock.fixed(day.atTime(2, 40).atZone(SessionOccurrences.BELGIUM).toInstant(), ZoneOffset.UTC);
        return new SessionHorizon(jdbcClient, jdbc, store, transactions, clock);
    }

    private List<LocalDate> dates(UUID offer) {
        return jdbc
                .queryForList(
                        "select starts_at from activity_session where offer_id = ? order by starts_at",
                        Timestamp.class,
                        offer)
                .stream()
                .map(at -> LocalDate.ofInstant(at.toInstant(), SessionOccurrences.BELGIUM))
                .toList();
    }

    private LocalDate first(UUID offer) {
        return dates(offer).get(0);
    }

    private LocalDate last(UUID offer) {
        List<LocalDate> dates = dates(offer);
        return dates.get(dates.size() - 1);
    }

    private int count(UUID offer) {
        return dates(offer).size();
    }

    private UUID sessionOn(UUID offer, LocalDate day) {
        return SessionOccurrences.occurrenceId(
                jdbc.queryForObject(
                        "select distinct series_id from activity_session where offer_id = ?", UUID.class, offer),
                day);
    }

    private Integer placesLeft(UUID session) {
        return jdbc.queryForObject("select places_left from activity_session where id = ?", Integer.class, session);
    }
}
