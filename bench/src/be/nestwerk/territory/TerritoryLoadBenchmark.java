package be.nestwerk.territory;

import ch.qos.logback.classic.Level;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;

/**
 * Times the Flyway step V3 (the reference territory load) on fresh databases of a throw-away PostgreSQL 15 with
 * fsync on: each
 * run creates a database, migrates it to V2, then times V3 on its own, then times a second load on the same
 * database (the idempotent re-run). Run through {@code bench/territory-load.sh}.
 */
public final class TerritoryLoadBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.WARN);
        List<Double> fresh = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        // Durable like a production server: the embedded default (fsync off) would flatter the figure.
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start()) {
            System.out.println("PostgreSQL " + version(postgres.getPostgresDatabase()) + ", " + runs + " runs");
            for (int run = 1; run <= runs; run++) {
                String database = "territory_bench_" + run;
                try (Connection admin = postgres.getPostgresDatabase().getConnection();
                        Statement statement = admin.createStatement()) {
                    statement.execute("create database " + database);
                }
                DataSource dataSource = postgres.getDatabase("postgres", database);
                Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .target("2")
                        .load()
                        .migrate();
                TerritoryReferenceMigration migration = new TerritoryReferenceMigration();
                Flyway withReference = Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .javaMigrations(migration)
                        .load();
                long start = System.nanoTime();
                int applied = withReference.migrate().migrationsExecuted;
                double freshMs = (System.nanoTime() - start) / 1e6;
                if (applied != 1) {
                    throw new IllegalStateException("expected V3 only, applied " + applied);
                }
                TerritoryReferenceMigration.LoadResult reload;
                try (Connection connection = dataSource.getConnection()) {
                    reload = migration.load(connection);
                }
                fresh.add(freshMs);
                again.add(reload.elapsed().toNanos() / 1e6);
                System.out.printf(
                        "run %d: fresh database %.0f ms (Flyway V3), second load %.0f ms; %d/%d/%d/%d rows%n",
                        run,
                        freshMs,
                        again.get(again.size() - 1),
                        reload.municipalities(),
                        reload.deelgemeenten(),
                        reload.sectors(),
                        reload.postcodes());
            }
        }
        System.out.printf(
                "territory reference load on a fresh database: first %.0f ms, median %.0f ms, max %.0f ms"
                        + " (second load on the same database: median %.0f ms)%n",
                fresh.get(0), median(fresh), Collections.max(fresh), median(again));
    }

    private static String version(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet settings = statement.executeQuery(
                        "select current_setting('fsync'), current_setting('synchronous_commit')")) {
            settings.next();
            return connection.getMetaData().getDatabaseProductVersion() + " (fsync=" + settings.getString(1)
                    + ", synchronous_commit=" + settings.getString(2) + ")";
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
