package be.nestwerk.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the reference territory (municipalities, deelgemeenten, statistical sectors, postcodes) from the CSV files
 * in {@code reference/}. Registered as a bean so that Boot's Flyway auto-configuration runs it after V2.
 *
 * <p>COPY into staging tables followed by an upsert keeps the load fast and idempotent: a second run on the same
 * database changes no row.
 */
@Component
class TerritoryReferenceMigration extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(TerritoryReferenceMigration.class);

    record LoadResult(long municipalities, long deelgemeenten, long sectors, long postcodes, Duration elapsed) {}

    // BaseJavaMigration derives version and description from a class name like V3__…; ours are given below.
    @Override
    protected void init() {}

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "territory reference data";
    }

    /** Covers the data files, so that Flyway's validation notices a reference file edited after it was loaded. */
    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (ReferenceTable table : ReferenceTable.ALL) {
            try (InputStream in = open(table)) {
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        load(context.getConnection());
    }

    LoadResult load(Connection connection) throws SQLException, IOException {
        long start = System.nanoTime();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (Statement statement = connection.createStatement()) {
            for (ReferenceTable table : ReferenceTable.ALL) {
                statement.execute("drop table if exists " + table.stagingTable());
                statement.execute(table.createStagingSql());
                try (InputStream in = open(table)) {
                    copy.copyIn(table.copySql(), in);
                }
                statement.executeUpdate(table.upsertSql());
                statement.execute("drop table " + table.stagingTable());
            }
            statement.execute("analyze municipality, deelgemeente, statistical_sector, postcode");
            LoadResult result = new LoadResult(
                    count(statement, "municipality"),
                    count(statement, "deelgemeente"),
                    count(statement, "statistical_sector"),
                    count(statement, "postcode"),
                    Duration.ofNanos(System.nanoTime() - start));
            log.info(
                    "Territory reference data loaded in {} ms: {} municipalities, {} deelgemeenten, {} statistical"
                            + " sectors, {} postcodes",
                    result.elapsed().toMillis(),
                    result.municipalities(),
                    result.deelgemeenten(),
                    result.sectors(),
                    result.postcodes());
            return result;
        }
    }

    private static InputStream open(ReferenceTable table) throws IOException {
        return new ClassPathResource(table.resource(), TerritoryReferenceMigration.class.getClassLoader())
                .getInputStream();
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
