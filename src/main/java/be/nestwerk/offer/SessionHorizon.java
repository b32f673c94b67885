package be.nestwerk.offer;

import be.nestwerk.offer.SessionOccurrences.Occurrence;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the dated sessions of published offers a rolling window wide: every night the sessions that ended more than
 * {@link PublishedOfferProjection#DAYS_BACK} days ago are dropped, and recurring series are expanded again up to
 * {@link PublishedOfferProjection#DAYS_AHEAD} days ahead. Sessions already there are left alone, so their places left
 * stay as they are. Cluster-safe: the instance that claims the night's row in {@code session_horizon_run} does the
 * work; each offer is renewed in a transaction of its own that locks its published row, so a publication at the same
 * moment waits or is waited for.
 */
@Component
class SessionHorizon {

    private static final Logger log = LoggerFactory.getLogger(SessionHorizon.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final OfferStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SessionHorizon(
            JdbcClient jdbc, JdbcTemplate batches, OfferStore store, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a night's renewal did; {@code claimed} is false when another run (instance) had the night already. */
    record Renewal(boolean claimed, int offers, int added, int dropped) {

        static final Renewal NOT_CLAIMED = new Renewal(false, 0, 0, 0);
    }

    @Scheduled(cron = "${nestwerk.offer.session-horizon-cron:0 40 2 * * *}", zone = "Europe/Brussels")
    void renewNightly() {
        Renewal renewal = renew();
        if (renewal.claimed()) {
            log.info(
                    "Session horizon renewed: {} offers, {} sessions added, {} dropped",
                    renewal.offers(),
                    renewal.added(),
                    renewal.dropped());
        }
    }

    /** Renews the horizon for today (by the clock), unless it was renewed today already. */
    Renewal renew() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, SessionOccurrences.BELGIUM);
        int claimed = jdbc.sql("insert into session_horizon_run (day, started_at) values (:day, :now)"
                        + " on conflict do nothing")
                .param("day", today)
                .param("now", Timestamp.from(now))
                .update();
        if (claimed == 0) {
            return Renewal.NOT_CLAIMED;
        }
        LocalDate from = today.minusDays(PublishedOfferProjection.DAYS_BACK);
        LocalDate to = today.plusDays(PublishedOfferProjection.DAYS_AHEAD);
        int dropped = jdbc.sql("delete from activity_session where starts_at < :from")
                .param(
                        "from",
                        Timestamp.from(
                                from.atStartOfDay(SessionOccurrences.BELGIUM).toInstant()))
                .update();
        int offers = 0;
        int added = 0;
        for (UUID offerId : recurringOffers()) {
            try {
                Integer inserted = transactions.execute(status -> renewOffer(offerId, from, to));
                if (inserted != null) {
                    offers++;
                    added += inserted;
                }
            } catch (RuntimeException failure) {
                // one offer that cannot be renewed (its content unreadable) must not stop the others
                log.warn("Sessions of offer {} not renewed: {}", offerId, failure.getMessage());
            }
        }
        jdbc.sql("update session_horizon_run set finished_at = :at, offers_renewed = :offers,"
                        + " sessions_added = :added, sessions_dropped = :dropped where day = :day")
                .param("at", Timestamp.from(clock.instant()))
                .param("offers", offers)
                .param("added", added)
                .param("dropped", dropped)
                .param("day", today)
                .update();
        return new Renewal(true, offers, added, dropped);
    }

    private List<UUID> recurringOffers() {
        return jdbc.sql("select p.offer_id from published_offer p join offer_version v on v.id = p.version_id"
                        + " where exists (select 1 from jsonb_array_elements(v.content -> 'sessions') s"
                        + " where s ->> 'recurrence' is not null) order by p.offer_id")
                .query(UUID.class)
                .list();
    }

    /** Adds the missing occurrences of the offer's series in [from, to]; null when it is no longer published. */
    private Integer renewOffer(UUID offerId, LocalDate from, LocalDate to) {
        Optional<Published> published = jdbc.sql("select p.network_id, v.content::text as content"
                        + " from published_offer p join offer_version v on v.id = p.version_id"
                        + " where p.offer_id = :offer for update of p")
                .param("offer", offerId)
                .query((rs, row) ->
                        new Published(rs.getObject("network_id", UUID.class), store.content(rs.getString("content"))))
                .optional();
        if (published.isEmpty()) {
            return null;
        }
        List<Occurrence> occurrences = published.get().content().sessions().stream()
                .filter(series -> series.recurrence() != null)
                .flatMap(series -> SessionOccurrences.expand(series, from, to).stream())
                .toList();
        Set<UUID> present = new HashSet<>(jdbc.sql("select id from activity_session where offer_id = :offer")
                .param("offer", offerId)
                .query(UUID.class)
                .list());
        List<Object[]> missing = occurrences.stream()
                .filter(occurrence -> !present.contains(occurrence.id()))
                .map(occurrence -> new Object[] {
                    occurrence.id(),
                    offerId,
                    published.get().networkId(),
                    occurrence.seriesId(),
                    occurrence.placeId(),
                    Timestamp.from(occurrence.startsAt()),
                    Timestamp.from(occurrence.endsAt()),
                    occurrence.capacity(),
                    occurrence.placesLeft()
                })
                .toList();
        batches.batchUpdate(
                "insert into activity_session (id, offer_id, network_id, series_id, location_id, starts_at, ends_at,"
                        + " capacity, places_left) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing",
                missing);
        int added = missing.size();
        return added;
    }

    private record Published(UUID networkId, OfferContent content) {}
}
