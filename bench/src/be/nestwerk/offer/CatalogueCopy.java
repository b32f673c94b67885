package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.SessionOccurrences.Occurrence;
import be.nestwerk.offer.SyntheticCatalogue.Offer;
import be.nestwerk.offer.SyntheticCatalogue.Organisation;
import be.nestwerk.offer.SyntheticTerritory.Municipality;
import be.nestwerk.offer.SyntheticTerritory.Network;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a synthetic catalogue into the application's tables with COPY: networks with their field of operation,
 * organisations and partnerships, offers with one published version each, and the search projection with the same
 * columns and meaning as {@link PublishedOfferProjection} writes (the tsvector is computed in SQL from a staging
 * table, with the same weights A/B/C over the same texts).
 */
final class CatalogueCopy {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String[] INVOLVEMENTS = {"CORE_PARTNER", "CORE_PARTNER", "AVERAGE", "AVERAGE", "MINIMAL"};

    private final Connection connection;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Instant now;

    CatalogueCopy(Connection connection, JsonMapper json, MessageSource messages, Instant now) {
        this.connection = connection;
        this.json = json;
        this.messages = messages;
        this.now = now;
    }

    interface Step {
        long run() throws Exception;
    }

    static void timed(String what, Step step) throws Exception {
        long start = System.nanoTime();
        long rows = step.run();
        System.out.printf("  %-34s %9d rows %8.1f s%n", what, rows, (System.nanoTime() - start) / 1e9);
    }

    void write(SyntheticCatalogue catalogue) throws Exception {
        timed("network", () -> networks(catalogue.networks));
        timed("field_of_operation_unit", () -> fieldUnits(catalogue.networks));
        timed(
                "field_of_operation_sector",
                () -> update("insert into field_of_operation_sector (network_id, network_kind, sector_code)"
                        + " select u.network_id, 'HUIS_VAN_HET_KIND', s.code from field_of_operation_unit u"
                        + " join statistical_sector s on s.nis_code = u.code where u.unit_type = 'MUNICIPALITY'"
                        + " and u.network_id in (select id from network where not demo)"
                        + " on conflict do nothing"));
        timed("organisation", () -> organisations(catalogue.organisations));
        timed("partnership", () -> partnerships(catalogue.organisations));
        timed("offer", () -> offers(catalogue.offers));
        timed("offer_version (content as jsonb)", () -> versions(catalogue.offers));
        timed(
                "offer.published_version_id",
                () -> update("update offer o set published_version_id = v.id from offer_version v"
                        + " where v.offer_id = o.id and v.state = 'PUBLISHED' and o.published_version_id is null"));
        timed("published_offer (staging)", () -> publishedStaging(catalogue.offers));
        timed("published_offer (tsvector in SQL)", this::publishedOffers);
        timed("published_location", () -> locations(catalogue.offers));
        timed("activity_session", () -> sessions(catalogue.offers));
        timed("search_word", () -> searchWords(catalogue.offers));
    }

    private long networks(List<Network> networks) throws Exception {
        try (CopyRows copy = CopyRows.into(
                connection,
                "network",
                "id, slug, name, kind, description, contact_email, contact_phone, website, street_address, postcode,"
                        + " town, demo, created_at, updated_at")) {
            for (Network network : networks) {
                Municipality main = network.municipalities().get(0);
                copy.value(network.id())
                        .value(network.slug())
                        .value(network.name())
                        .value("HUIS_VAN_HET_KIND")
                        .value("Eén adres voor alle vragen over opgroeien in "
                                + network.municipalities().stream()
                                        .map(Municipality::name)
                                        .collect(Collectors.joining(" en "))
                                + ".")
                        .value("info@" + network.slug() + ".example.org")
                        .value("015 00 00 00")
                        .value("https://" + network.slug() + ".example.org")
                        .value("Gemeenteplein 1")
                        .value(
                                main.postcodes().isEmpty()
                                        ? null
                                        : main.postcodes().get(0).code())
                        .value(main.name())
                        .value(false)
                        .value(now)
                        .value(now)
                        .end();
            }
            return copy.rows();
        }
    }

    private long fieldUnits(List<Network> networks) throws Exception {
        try (CopyRows copy = CopyRows.into(connection, "field_of_operation_unit", "network_id, unit_type, code")) {
            for (Network network : networks) {
                for (Municipality municipality : network.municipalities()) {
                    copy.value(network.id())
                            .value("MUNICIPALITY")
                            .value(municipality.nisCode())
                            .end();
                }
            }
            return copy.rows();
        }
    }

    private long organisations(List<Organisation> organisations) throws Exception {
        try (CopyRows copy = CopyRows.into(
                connection,
                "organisation",
                "id, network_id, name, actor_type, description, website, email, phone, street_address, postcode,"
                        + " town, demo, created_at, updated_at")) {
            for (Organisation organisation : organisations) {
                copy.value(organisation.id())
                        .value(organisation.network().id())
                        .value(organisation.name())
                        .value(organisation.actorType().name())
                        .value(organisation
                                .theme()
                                .summaries
                                .get(0)
                                .replace(
                                        "{gemeente}",
                                        organisation.municipality().name()))
                        .value("https://www." + organisation.domain())
                        .value("info@" + organisation.domain())
                        .value("015 00 00 00")
                        .value(organisation.street())
                        .value(organisation.postcode().code())
                        .value(organisation.postcode().locality())
                        .value(false)
                        .value(now)
                        .value(now)
                        .end();
            }
            return copy.rows();
        }
    }

    private long partnerships(List<Organisation> organisations) throws Exception {
        try (CopyRows copy = CopyRows.into(
                connection,
                "partnership",
                "id, network_id, organisation_id, involvement, essential_functions, created_at, updated_at")) {
            for (Organisation organisation : organisations) {
                copy.value(Ids.of("partnership", organisation.id()))
                        .value(organisation.network().id())
                        .value(organisation.id())
                        .value(INVOLVEMENTS[Math.floorMod(organisation.id().hashCode(), INVOLVEMENTS.length)])
                        .array(organisation.theme().essentialFunctions)
                        .value(now)
                        .value(now)
                        .end();
            }
            return copy.rows();
        }
    }

    private long offers(List<Offer> offers) throws Exception {
        try (CopyRows copy =
                CopyRows.into(connection, "offer", "id, network_id, organisation_id, last_reviewed_on, created_at")) {
            for (Offer offer : offers) {
                copy.value(offer.id())
                        .value(offer.organisation().network().id())
                        .value(offer.organisation().id())
                        .value(offer.lastReviewedOn())
                        .value(offer.createdAt())
                        .end();
            }
            return copy.rows();
        }
    }

    private long versions(List<Offer> offers) throws Exception {
        try (CopyRows copy = CopyRows.into(
                connection,
                "offer_version",
                "id, offer_id, network_id, number, state, content, created_at, submitted_at, reviewed_at")) {
            for (Offer offer : offers) {
                String content = json.writeValueAsString(offer.content());
                if (!json.readValue(content, OfferContent.class).equals(offer.content())) {
                    throw new IllegalStateException("Content does not survive JSON: " + offer.id());
                }
                copy.value(offer.versionId())
                        .value(offer.id())
                        .value(offer.organisation().network().id())
                        .value(1)
                        .value(VersionState.PUBLISHED.name())
                        .value(content)
                        .value(offer.createdAt())
                        .value(offer.modifiedAt())
                        .value(offer.modifiedAt())
                        .end();
            }
            return copy.rows();
        }
    }

    private long publishedStaging(List<Offer> offers) throws Exception {
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
                        + " online, weekdays, published_at, modified_at")) {
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
                        .end();
            }
            return copy.rows();
        }
    }

    private long publishedOffers() throws SQLException {
        return update("insert into published_offer (offer_id, network_id, organisation_id, version_id, kind, status,"
                + " name, search_document, age_from_months, age_to_months, audiences, universal, pillars,"
                + " support_functions, life_domains, taxonomy_terms, languages, interpreter, free, uitpas, online,"
                + " weekdays, published_at, modified_at)"
                + " select offer_id, network_id, organisation_id, version_id, kind, status, name,"
                + " setweight(to_tsvector('dutch', nw_fold(names)), 'A')"
                + " || setweight(to_tsvector('dutch', nw_fold(summaries)), 'B')"
                + " || setweight(to_tsvector('dutch', nw_fold(descriptions)), 'C'),"
                + " age_from_months, age_to_months, audiences, universal, pillars, support_functions, life_domains,"
                + " taxonomy_terms, languages, interpreter, free, uitpas, online, weekdays, published_at, modified_at"
                + " from bench_published");
    }

    private long locations(List<Offer> offers) throws Exception {
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

    private long sessions(List<Offer> offers) throws Exception {
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
    private long searchWords(List<Offer> offers) throws Exception {
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
    private static Stream<OfferText> texts(OfferContent content) {
        return new TreeMap<>(content.texts()).values().stream();
    }

    private static String join(Stream<? extends String> parts) {
        return parts.filter(Objects::nonNull).collect(Collectors.joining(" "));
    }
}
