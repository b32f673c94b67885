package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.SessionOccurrences.Occurrence;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the published version of an offer into the tables the front door searches (published_offer,
 * published_location, activity_session, search_word). Replaces whatever was there for the offer.
 */
@Component
class PublishedOfferProjection {

    /** Occurrences are kept from a month back and expanded a year and a half ahead (renewed nightly). */
    static final int DAYS_BACK = 31;

    static final int DAYS_AHEAD = 548;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final Clock clock;
    private final SearchCards cards;

    PublishedOfferProjection(JdbcTemplate jdbc, MessageSource messages, Clock clock, SearchCards cards) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
        this.cards = cards;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void project(OfferRecord offer, OfferVersion version, String organisationName) {
        OfferContent content = version.content();
        Map<UUID, Integer> placesLeft = existingPlacesLeft(offer.id());
        remove(offer.id());
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(SessionOccurrences.BELGIUM));
        List<Occurrence> occurrences = content.sessions().stream()
                .flatMap(series ->
                        SessionOccurrences.expand(series, today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD))
                                .stream())
                .toList();
        jdbc.update(
                "insert into published_offer (offer_id, network_id, organisation_id, version_id, kind, status, name,"
                        + " search_document, age_from_months, age_to_months, audiences, universal, pillars,"
                        + " support_functions, life_domains, taxonomy_terms, languages, interpreter, free, uitpas,"
                        + " online, weekdays, published_at, modified_at) values (?, ?, ?, ?, ?, ?, ?,"
                        + " setweight(to_tsvector('dutch', nw_fold(?)), 'A')"
                        + " || setweight(to_tsvector('dutch', nw_fold(?)), 'B')"
                        + " || setweight(to_tsvector('dutch', nw_fold(?)), 'C'),"
                        + " ?, ?, ?::text[], ?, ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?)",
                offer.id(),
                offer.networkId(),
                offer.organisationId(),
                version.id(),
                content.kind().name(),
                content.status().name(),
                content.dutchName(),
                names(content),
                summaries(content) + " " + themeWords(content),
                descriptions(content) + " " + organisationName,
                content.ages().fromMonths(),
                content.ages().toMonths(),
                array(content.audiences()),
                content.universal(),
                array(content.pillars()),
                array(content.supportFunctions()),
                array(content.lifeDomains()),
                array(content.taxonomyTerms()),
                array(content.languages()),
                content.interpreterAvailable(),
                content.isFree(),
                content.costs().stream().anyMatch(cost -> cost.kind() == CostKind.UITPAS_REDUCED),
                content.online(),
                weekdays(content, occurrences),
                Timestamp.from(now),
                Timestamp.from(now));
        insertPlaces(offer, content.places());
        insertSessions(offer, occurrences, placesLeft);
        rememberWords(content);
        cards.write(offer.id(), content, organisationName);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void remove(UUID offerId) {
        jdbc.update("delete from published_offer where offer_id = ?", offerId);
        cards.removed(offerId);
    }

    private Map<UUID, Integer> existingPlacesLeft(UUID offerId) {
        Map<UUID, Integer> left = new HashMap<>();
        jdbc.query(
                "select id, places_left from activity_session where offer_id = ? and places_left is not null",
                rs -> {
                    left.put(rs.getObject("id", UUID.class), rs.getInt("places_left"));
                },
                offerId);
        return left;
    }

    private void insertPlaces(OfferRecord offer, List<Place> places) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            rows.add(new Object[] {
                place.id(),
                offer.id(),
                offer.networkId(),
                i,
                place.name(),
                place.street(),
                place.postcode(),
                place.locality(),
                place.nisCode(),
                place.sectorCode(),
                place.latitude(),
                place.longitude(),
                place.wheelchairAccessible(),
                place.confidential()
            });
        }
        jdbc.batchUpdate(
                "insert into published_location (id, offer_id, network_id, position, name, street, postcode, locality,"
                        + " nis_code, sector_code, latitude, longitude, wheelchair_accessible, confidential)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    private void insertSessions(OfferRecord offer, List<Occurrence> occurrences, Map<UUID, Integer> placesLeft) {
        List<Object[]> rows = occurrences.stream()
                .map(occurrence -> new Object[] {
                    occurrence.id(),
                    offer.id(),
                    offer.networkId(),
                    occurrence.seriesId(),
                    occurrence.placeId(),
                    Timestamp.from(occurrence.startsAt()),
                    Timestamp.from(occurrence.endsAt()),
                    occurrence.capacity(),
                    placesLeft.getOrDefault(occurrence.id(), occurrence.placesLeft())
                })
                .toList();
        jdbc.batchUpdate(
                "insert into activity_session (id, offer_id, network_id, series_id, location_id, starts_at, ends_at,"
                        + " capacity, places_left) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    private void rememberWords(OfferContent content) {
        Set<String> words = new TreeSet<>();
        content.texts()
                .values()
                .forEach(text -> SearchWords.of(text.name() + " " + Objects.toString(text.summary(), ""))
                        .forEach(words::add));
        if (!words.isEmpty()) {
            jdbc.update(
                    "insert into search_word (word) select nw_fold(w) from unnest(?::text[]) w"
                            + " on conflict do nothing",
                    (Object) words.toArray(String[]::new));
        }
    }

    private static int weekdays(OfferContent content, List<Occurrence> occurrences) {
        Set<DayOfWeek> days = Stream.concat(
                        content.openingHours().stream().map(OfferContent.OpeningHours::day),
                        occurrences.stream()
                                .map(o -> o.startsAt()
                                        .atZone(SessionOccurrences.BELGIUM)
                                        .getDayOfWeek()))
                .collect(Collectors.toSet());
        return days.stream().mapToInt(day -> 1 << (day.getValue() - 1)).sum();
    }

    private String themeWords(OfferContent content) {
        return Stream.of(
                        content.pillars().stream().map(p -> "offer.pillar." + p.name()),
                        content.supportFunctions().stream().map(f -> "offer.function." + f.name()),
                        content.lifeDomains().stream().map(d -> "offer.domain." + d.name()))
                .flatMap(s -> s)
                .map(key -> messages.getMessage(key, null, key, DUTCH))
                .collect(Collectors.joining(" "));
    }

    private static String names(OfferContent content) {
        return join(content.texts().values().stream().map(OfferText::name));
    }

    private static String summaries(OfferContent content) {
        return join(content.texts().values().stream().map(OfferText::summary));
    }

    private static String descriptions(OfferContent content) {
        return join(content.texts().values().stream()
                .flatMap(text -> Stream.of(text.description(), text.howToAccess(), text.whatToBring())));
    }

    private static String join(Stream<? extends String> parts) {
        return parts.filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    private static String array(Collection<?> values) {
        return values.stream()
                .map(value -> value instanceof Enum<?> e ? e.name() : value.toString())
                .sorted()
                .map(value -> '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }
}
