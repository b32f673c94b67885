package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferContent.SessionSeries;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated sessions of published, not inactive activities that match a family's criteria, in time order. Offers are
 * read through {@link PublishedOffers}, so a confidential place never reaches the calendar: a session held there
 * shows no address. Every read is bounded (a page, a limit, or a number per day).
 */
@Component
@Transactional(readOnly = true)
class ActivityCalendar {

    private static final String COLUMNS =
            "s.id, s.offer_id, s.series_id, s.location_id, s.starts_at, s.ends_at, s.capacity, s.places_left";
    private static final String LOCAL_DAY = "(s.starts_at at time zone 'Europe/Brussels')::date";

    private final JdbcClient jdbc;
    private final PublishedOffers offers;

    ActivityCalendar(JdbcClient jdbc, PublishedOffers offers) {
        this.jdbc = jdbc;
        this.offers = offers;
    }

    /** One page of the sessions starting in [from, to), with the number of them all. */
    record Page(List<CalendarEntry> entries, long total) {}

    /** At most a few sessions a day, with each day's full count (for a printed month). */
    record Days(List<CalendarEntry> entries, Map<LocalDate, Integer> totals) {}

    Page page(SearchCriteria criteria, Instant from, Instant to, String language, int page, int size) {
        Conditions conditions = Conditions.of(criteria, from, to);
        long total = jdbc.sql("select count(*)" + conditions.fromWhere())
                .params(conditions.parameters())
                .query(Long.class)
                .single();
        List<SessionView> sessions = jdbc.sql("select " + COLUMNS + conditions.fromWhere()
                        + " order by s.starts_at, p.name, s.id limit :limit offset :offset")
                .params(conditions.parameters())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(PublishedOffers::session)
                .list();
        return new Page(entries(sessions, language), total);
    }

    /** The first {@code limit} sessions starting in [from, to). */
    List<CalendarEntry> entries(SearchCriteria criteria, Instant from, Instant to, String language, int limit) {
        Conditions conditions = Conditions.of(criteria, from, to);
        List<SessionView> sessions = jdbc.sql("select " + COLUMNS + conditions.fromWhere()
                        + " order by s.starts_at, p.name, s.id limit :limit")
                .params(conditions.parameters())
                .param("limit", limit)
                .query(PublishedOffers::session)
                .list();
        return entries(sessions, language);
    }

    /** The first {@code perDay} sessions of every day in [from, to), and how many each day has in all. */
    Days perDay(SearchCriteria criteria, Instant from, Instant to, String language, int perDay) {
        Conditions conditions = Conditions.of(criteria, from, to);
        Map<LocalDate, Integer> totals = new HashMap<>();
        List<SessionView> sessions = jdbc.sql("select x.* from (select " + COLUMNS + ", " + LOCAL_DAY + " as day,"
                        + " row_number() over (partition by " + LOCAL_DAY + " order by s.starts_at, p.name, s.id)"
                        + " as nth, count(*) over (partition by " + LOCAL_DAY + ") as on_day"
                        + conditions.fromWhere() + ") x where x.nth <= :perDay order by x.starts_at, x.nth")
                .params(conditions.parameters())
                .param("perDay", perDay)
                .query((rs, row) -> {
                    totals.put(rs.getObject("day", LocalDate.class), rs.getInt("on_day"));
                    return PublishedOffers.session(rs, row);
                })
                .list();
        return new Days(entries(sessions, language), totals);
    }

    private List<CalendarEntry> entries(List<SessionView> sessions, String language) {
        Map<UUID, PublicOffer> byId =
                offers
                        .findAll(sessions.stream()
                                .map(SessionView::offerId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(PublicOffer::id, Function.identity()));
        return sessions.stream()
                .map(session -> {
                    PublicOffer offer = byId.get(session.offerId());
                    return offer == null ? null : entry(session, offer, language);
                })
                .filter(Objects::nonNull)
                .toList();
    }

    static CalendarEntry entry(SessionView session, PublicOffer offer, String language) {
        OfferContent content = offer.content();
        boolean translated = content.hasText(language);
        OfferText text = content.text(language);
        SessionSeries series = content.sessions().stream()
                .filter(candidate -> candidate.id().equals(session.seriesId()))
                .findFirst()
                .orElse(null);
        String registrationUrl = webAddress(
                series != null && series.registrationUrl() != null
                        ? series.registrationUrl()
                        : content.contact().registrationUrl());
        return new CalendarEntry(
                session.id(),
                offer.id(),
                session.startsAt().atZone(SessionOccurrences.BELGIUM),
                session.endsAt().atZone(SessionOccurrences.BELGIUM),
                text.name(),
                text.summary(),
                translated ? language : ContentLanguage.DUTCH,
                translated,
                offer.organisationName(),
                offer.networkName(),
                content.status(),
                publicPlace(content, session.placeId()),
                session.capacity(),
                session.placesLeft(),
                registrationUrl,
                series == null ? null : series.registrationPhone(),
                offer.modifiedAt());
    }

    /** Only a web address becomes a link: a partner's typing must never turn into a script on a public page. */
    private static @Nullable String webAddress(@Nullable String url) {
        return url != null && url.matches("(?i)https?://\\S+") ? url : null;
    }

    /** The place among the offer's public places; a confidential one is not among them. */
    private static @Nullable Place publicPlace(OfferContent content, @Nullable UUID placeId) {
        if (placeId == null) {
            return null;
        }
        return content.places().stream()
                .filter(place -> place.id().equals(placeId) && !place.confidential())
                .findFirst()
                .orElse(null);
    }

    /** The search's conditions on the offer, and the calendar's own on the session (its time, its weekday). */
    private record Conditions(String fromWhere, Map<String, Object> parameters) {

        static Conditions of(SearchCriteria criteria, Instant from, Instant to) {
            SearchFilter filter = SearchFilter.of(criteria, TextQuery.of(TextQuery.words(criteria.text())));
            Map<String, Object> parameters = new LinkedHashMap<>(filter.parameters());
            StringBuilder where = new StringBuilder(" from activity_session s join published_offer p"
                    + " on p.offer_id = s.offer_id where " + filter.where()
                    + " and s.starts_at >= :from and s.starts_at < :to");
            parameters.put("from", Timestamp.from(from));
            parameters.put("to", Timestamp.from(to));
            if (!criteria.days().isEmpty()) {
                // the search keeps offers held on one of the days; the calendar keeps only the sessions on them
                where.append(" and extract(isodow from s.starts_at at time zone 'Europe/Brussels') in (:sessionDays)");
                parameters.put(
                        "sessionDays",
                        criteria.days().stream().map(DayOfWeek::getValue).toList());
            }
            return new Conditions(where.toString(), parameters);
        }
    }
}
