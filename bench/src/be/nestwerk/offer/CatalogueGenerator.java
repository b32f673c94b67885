package be.nestwerk.offer;

import be.nestwerk.offer.SyntheticCatalogue.Sizes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills an empty Nestwerk database (schema and territory made by Flyway, no demo data) with a synthetic
 * Flanders-scale catalogue: about 250 Huizen van het Kind over the 304 municipalities, 12,500 partner organisations,
 * 28,000 published offers with 40,000 places and 200,000 dated sessions, and their search projection. Run through
 * {@code bench/search-load.sh}, or on its own:
 *
 * <pre>java -cp … be.nestwerk.offer.CatalogueGenerator --url jdbc:postgresql://… --user … --password …
 *     [--seed 2026] [--today yyyy-mm-dd] [--networks 250] [--organisations 12500] [--offers 28000]
 *     [--locations 40000] [--sessions 200000]</pre>
 */
public final class CatalogueGenerator {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        long seed = Long.parseLong(options.getOrDefault("seed", "2026"));
        LocalDate today = options.containsKey("today")
                ? LocalDate.parse(options.get("today"))
                : LocalDate.now(SessionOccurrences.BELGIUM);
        Sizes sizes = new Sizes(
                number(options, "organisations", 12_500),
                number(options, "offers", 28_000),
                number(options, "locations", 40_000),
                number(options, "sessions", 200_000));
        try (Connection connection = DriverManager.getConnection(
                options.get("url"), options.getOrDefault("user", "postgres"), options.getOrDefault("password", ""))) {
            refuseNonEmpty(connection);
            long start = System.nanoTime();
            SyntheticTerritory territory = SyntheticTerritory.read(connection, number(options, "networks", 250));
            SyntheticCatalogue catalogue =
                    SyntheticCatalogue.generate(territory, sizes, seed, today, new OfferTaxonomy().ids());
            System.out.printf(
                    "Generated in %.1f s (seed %d, today %s): %d networks over %d municipalities, %d organisations,"
                            + " %d offers%n",
                    (System.nanoTime() - start) / 1e9,
                    seed,
                    today,
                    catalogue.networks.size(),
                    territory.municipalities.size(),
                    catalogue.organisations.size(),
                    catalogue.offers.size());
            long load = System.nanoTime();
            connection.setAutoCommit(false);
            Instant now = today.atTime(6, 0).atZone(SessionOccurrences.BELGIUM).toInstant();
            new CatalogueCopy(connection, JsonMapper.builder().build(), messages(), now).write(catalogue);
            connection.commit();
            connection.setAutoCommit(true);
            CatalogueCopy.timed("vacuum analyze", () -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("vacuum analyze");
                }
                return 0;
            });
            System.out.printf("Loaded in %.1f s%n", (System.nanoTime() - load) / 1e9);
            summary(connection);
        }
    }

    private static void refuseNonEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from offer")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("The database has offers already; the generator needs one without"
                        + " (a fresh database migrated by the application without the demo profile).");
            }
        }
    }

    /** The Dutch labels the projection adds to the search document, from the application's bundles. */
    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/messages", "messages/offer");
        messages.setDefaultEncoding("UTF-8");
        messages.setAlwaysUseMessageFormat(true);
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static void summary(Connection connection) throws SQLException {
        String[][] figures = {
            {"networks", "select count(*) from network"},
            {"organisations", "select count(*) from organisation"},
            {"published offers", "select count(*) from published_offer"},
            {"  activities", "select count(*) from published_offer where kind = 'ACTIVITY'"},
            {"  free", "select round(100.0 * avg(free::int), 1) || ' %' from published_offer"},
            {"  not only in Dutch", "select count(*) from published_offer where languages <> '{nl}'"},
            {"  inactive", "select count(*) from published_offer where status = 'INACTIVE'"},
            {"locations", "select count(*) from published_location"},
            {"  confidential", "select count(*) from published_location where confidential"},
            {"  municipalities with a location", "select count(distinct nis_code) from published_location"},
            {"activity sessions", "select count(*) from activity_session"},
            {"  first .. last", "select min(starts_at)::date || ' .. ' || max(starts_at)::date from activity_session"},
            {"search words", "select count(*) from search_word"},
            {"database size", "select pg_size_pretty(pg_database_size(current_database()))"},
        };
        System.out.println("Catalogue in the database:");
        try (Statement statement = connection.createStatement()) {
            for (String[] figure : figures) {
                try (ResultSet rs = statement.executeQuery(figure[1])) {
                    rs.next();
                    System.out.printf("  %-34s %s%n", figure[0], rs.getString(1));
                }
            }
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static int number(Map<String, String> options, String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
    }

    private CatalogueGenerator() {}
}
