package be.nestwerk.offer;

import be.nestwerk.offer.SyntheticCatalogue.Offer;
import be.nestwerk.offer.SyntheticCatalogue.Organisation;
import be.nestwerk.offer.SyntheticTerritory.Municipality;
import be.nestwerk.offer.SyntheticTerritory.Network;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a synthetic catalogue into the application's tables with COPY, in one transaction: networks with their field
 * of operation, organisations and partnerships, offers with one published version each, then the search projection
 * ({@link ProjectionCopy}).
 */
final class CatalogueCopy {

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
        ProjectionCopy projection = new ProjectionCopy(connection, messages);
        timed("published_offer (staging)", () -> projection.publishedStaging(catalogue.offers));
        timed("published_offer (tsvector in SQL)", projection::publishedOffers);
        timed("published_location", () -> projection.locations(catalogue.offers));
        timed("activity_session", () -> projection.sessions(catalogue.offers));
        timed("search_word", () -> projection.searchWords(catalogue.offers));
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

    private long update(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }
}
