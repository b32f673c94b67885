package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.SessionOccurrences.Occurrence;
import be.nestwerk.offer.SyntheticCatalogue.Offer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the search projection of the generated offers with COPY: the same columns and meaning as
 * {@link PublishedOfferProjection} (arrays sorted, weekdays from opening hours and occurrences, the search document
 * with weights A/B/C over the same texts, computed in SQL from a staging table; the card columns of V43), the public
 * places, the dated sessions and the vocabulary of search words.
 */
final class ProjectionCopy {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Connection connection;
    private final MessageSource messages;

    ProjectionCopy(Connection connection, MessageSource messages) {
        this.connection = connection;
        this.messages = messages;
    }

    long publishedStaging(List<Offer> offers) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table bench_published (like published_offer) on commit drop");
            statement.execute("alter table bench_published drop column search_document,"
                    + " add column names text, add column summaries text, add column descriptions text");
        }
        try (CopyRows copy = CopyRows.into(
                connection,
                "bench_published",
                "offer_id, network_id, organisation_id, version_id, kind, status, name, names, summaries,"
                        + " descriptions, age_from_months, age_to_months, audiences, universal, pillars,"
                        + " support_functions, life_domains, taxonomy_terms, languages, interpreter, free, uitpas,"
                        + " online, weekdays, published_at, modified_at, organisation_name, card_texts, cost_kinds,"
                        + " by_phone")) {
            for (Offer offer : offers) {
                OfferContent content = offer.content();
                copy.value(offer.id())
                        .value(offer.organisation().network().id())
                        .value(offer.organisation().id())
                        .value(offer.versionId())
                        .value(content.kind().name())
                        .value(content.status().name())
                        .value(content.dutchName())
                        .value(join(texts(content).map(OfferText::name)))
                        .value(join(texts(content).map(OfferText::summary)) + " " + themeWords(content))
                        .value(join(texts(content)
                                        .flatMap(t -> Stream.of(t.description(), t.howToAccess(), t.whatToBring())))
                                + " " + offer.organisation().name())
                        .value(content.ages().fromMonths())
                        .value(content.ages().toMonths())
                        .array(content.audiences())
                        .value(content.universal())
                        .array(content.pillars())
                        .array(content.supportFunctions())
                        .array(content.lifeDomains())
                        .array(content.taxonomyTerms())
                        .array(content.languages())
                        .value(content.interpreterAvailable())
                        .value(content.isFree())
                        .value(content.costs().stream().anyMatch(cost -> cost.kind() == CostKind.UITPAS_REDUCED))
                        .value(content.online())
                        .value(weekdays(content, offer.occurrences()))
                        .value(offer.modifiedAt())
                        .value(offer.modifiedAt())
                        .value(offer.organisation().name())
                        .value(cardTexts(content))
                        .array(content.costs().stream()
                                .map(cost -> cost.kind().name())
                                .distinct()
                                .sorted()
                                .toList())
                        .value(content.byPhone())
                        .end();
            }
            return copy.rows();
        }
    }

    long publishedOffers() throws SQLException {
        return update("insert into published_offer (offer_id, network_id, organisation_id, version_id, kind, status,"
                + " name, search_document, age_from_months, age_to_months, audiences, universal, pillars,"
                + " support_functions, life_domains, taxonomy_terms, languages, interpreter, free, uitpas, online,"
                + " weekdays, published_at, modified_at, organisation_name, card_texts, cost_kinds, by_phone)"
                + " select offer_id, network_id, organisation_id, version_id, kind, status, name,"
                + " setweight(to_tsvector('dutch', nw_fold(names)), 'A')"
                + " || setweight(to_tsvector('dutch', nw_fold(summaries)), 'B')"
                + " || setweight(to_tsvector('dutch', nw_fold(descriptions)), 'C'),"
                + " age_from_months, age_to_months, audiences, universal, pillars, support_functions, life_domains,"
                + " taxonomy_terms, languages, interpreter, free, uitpas, online, weekdays, published_at, modified_at,"
                + " organisation_name, card_texts, cost_kinds, by_phone from bench_published");
    }

    long locations(List<Offer> offers) throws Exception {
        try (CopyRows copy = CopyRows.into(
                connection,
                "published_location",
                "id, offer_id, network_id, position, name, street, postcode, locality, nis_code, sector_code,"
                        + " latitude, longitude, wheelchair_accessible, confidential")) {
            for (Offer offer : offers) {
                List<Place> places = offer.content().places();
                for (int i = 0; i < places.size(); i++) {
                    Place place = places.get(i);
                    copy.value(place.id())
                            .value(offer.id())
                            .value(offer.organisation().network().id())
                            .value(i)
                            .value(place.name())
                            .value(place.street())
                            .value(place.postcode())
                            .value(place.locality())
                            .value(place.nisCode())
                            .value(place.sectorCode())
                            .value(place.latitude())
                            .value(place.longitude())
                            .value(place.wheelchairAccessible())
                            .value(place.confidential())
                            .end();
                }
            }
            return copy.rows();
        }
    }

    long sessions(List<Offer> offers) throws Exception {
        try (CopyRows copy = CopyRows.into(
                connection,
                "activity_session",
                "id, offer_id, network_id, series_id, location_id, starts_at, ends_at, capacity, places_left")) {
            for (Offer offer : offers) {
                for (Occurrence occurrence : offer.occurrences()) {
                    copy.value(occurrence.id())
                            .value(offer.id())
                            .value(offer.organisation().network().id())
                            .value(occurrence.seriesId())
                            .value(occurrence.placeId())
                            .value(occurrence.startsAt())
                            .value(occurrence.endsAt())
                            .value(occurrence.capacity())
                            .value(occurrence.placesLeft())
                            .end();
                }
            }
            return copy.rows();
        }
    }

    /** The vocabulary for typo correction: every word of every name and summary, folded in SQL like the projection. */
    long searchWords(List<Offer> offers) throws Exception {
        Set<String> words = new TreeSet<>();
        for (Offer offer : offers) {
            offer.content()
                    .texts()
                    .values()
                    .forEach(text -> SearchWords.of(text.name() + " " + Objects.toString(text.summary(), ""))
                            .forEach(words::add));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table bench_word (word text) on commit drop");
        }
        try (CopyRows copy = CopyRows.into(connection, "bench_word", "word")) {
            for (String word : words) {
                copy.value(word).end();
            }
        }
        return update("insert into search_word (word) select distinct nw_fold(word) from bench_word"
                + " on conflict do nothing");
    }

    private long update(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
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

    private static int weekdays(OfferContent content, List<Occurrence> occurrences) {
        return Stream.concat(
                        content.openingHours().stream().map(OfferContent.OpeningHours::day),
                        occurrences.stream()
                                .map(o -> o.startsAt()
                                        .atZone(SessionOccurrences.BELGIUM)
                                        .getDayOfWeek()))
                .distinct()
                .mapToInt((DayOfWeek day) -> 1 << (day.getValue() - 1))
                .sum();
    }

    /** The texts in the order of their language code, so that the search document is the same on every run. */
    /** The card's name and summary per language, as {@code SearchCards} writes them at publication. */
    private static String cardTexts(OfferContent content) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        content.texts().forEach((language, text) -> {
            Map<String, String> card = new LinkedHashMap<>();
            card.put("name", text.name());
            if (text.summary() != null) {
                card.put("summary", text.summary());
            }
            texts.put(language, card);
        });
        return JSON.writeValueAsString(texts);
    }

    private static Stream<OfferText> texts(OfferContent content) {
        return new TreeMap<>(content.texts()).values().stream();
    }

    private static String join(Stream<? extends String> parts) {
        return parts.filter(Objects::nonNull).collect(Collectors.joining(" "));
    }
}
