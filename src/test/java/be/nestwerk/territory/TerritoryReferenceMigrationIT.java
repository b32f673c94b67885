package be.nestwerk.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TerritoryReferenceMigrationIT {

    private static final List<String> TABLES =
            List.of("municipality", "deelgemeente", "statistical_sector", "postcode");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    TerritoryReferenceMigration migration;

    @Test
    void loadsTheWholeReferenceTerritory() {
        assertThat(counts())
                .containsExactly(
                        Map.entry("municipality", 304L),
                        Map.entry("deelgemeente", 1_119L),
                        Map.entry("statistical_sector", 10_898L),
                        Map.entry("postcode", 1_177L));
    }

    @Test
    void recordsTheLoadAsVersion3OfTheSchema() {
        MigrationInfo v3 = List.of(flyway.info().applied()).stream()
                .filter(info -> info.getVersion().getVersion().equals("3"))
                .findFirst()
                .orElseThrow();
        assertThat(v3.getDescription()).isEqualTo("territory reference data");
        assertThat(v3.getState()).isEqualTo(MigrationState.SUCCESS);
        assertThat(v3.getChecksum()).isEqualTo(migration.getChecksum());
    }

    @Test
    void loadingAgainOnTheSameConnectionChangesNoRow() throws Exception {
        Map<String, String> before = fingerprints();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            migration.load(connection);
            TerritoryReferenceMigration.LoadResult again = migration.load(connection);
            JdbcTemplate sameConnection = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            for (String table : TABLES) {
                assertThat(sameConnection.queryForObject(
                                "select count(*) from " + table + " where xmin = pg_current_xact_id()::xid",
                                Long.class))
                        .as("rows of %s rewritten by the second load", table)
                        .isZero();
            }
            connection.commit();
            assertThat(again.municipalities()).isEqualTo(304);
            assertThat(again.deelgemeenten()).isEqualTo(1_119);
            assertThat(again.sectors()).isEqualTo(10_898);
            assertThat(again.postcodes()).isEqualTo(1_177);
        }
        assertThat(fingerprints()).isEqualTo(before);
    }

    @Test
    void leavesTheDeelgemeenteOfUnlocatableSectorsEmptyWhenTheDataSetHasNone() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from statistical_sector where deelgemeente_code is null", Long.class))
                .isEqualTo(221);
        assertThat(jdbc.queryForObject("select count(*) from statistical_sector where code like '%ZZZZ'", Long.class))
                .isEqualTo(304);
        assertThat(jdbc.queryForMap("select deelgemeente_code from statistical_sector where code = '11002ZZZZ'"))
                .containsEntry("deelgemeente_code", null);
        assertThat(jdbc.queryForObject(
                        "select deelgemeente_code from statistical_sector where code = '11001ZZZZ'", String.class))
                .isEqualTo("11001A");
    }

    @Test
    void readsQuotedNamesWithCommasAndAccents() {
        assertThat(jdbc.queryForObject("select name from statistical_sector where code = '24086D0PN'", String.class))
                .isEqualTo("Elzenbroek, de Wip, de Bet en Boetsenberg");
        assertThat(jdbc.queryForObject("select name from statistical_sector where code = '34002F0AA'", String.class))
                .isEqualTo("Schaliënhof");
        assertThat(jdbc.queryForObject("select name_fr from municipality where nis_code = '24130'", String.class))
                .isEqualTo("Léau");
    }

    @Test
    void storesEmptyValuesAsNullAndNumbersAsNumbers() {
        Map<String, Object> brussel = jdbc.queryForMap(
                "select province_nl, population_2020, centroid_lat from municipality where nis_code = '21004'");
        assertThat(brussel.get("province_nl")).isNull();
        assertThat(brussel.get("population_2020")).isEqualTo(185_103);
        assertThat(brussel.get("centroid_lat")).isEqualTo(50.87298);
        assertThat(jdbc.queryForMap("select name_fr, merged_2025_from from municipality where nis_code = '46030'"))
                .containsEntry("name_fr", null)
                .containsEntry("merged_2025_from", "11056;46003;46013");
        assertThat(jdbc.queryForObject("select count(*) from postcode where main_municipality", Long.class))
                .isEqualTo(310);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
        return counts;
    }

    private Map<String, String> fingerprints() {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (String table : TABLES) {
            fingerprints.put(
                    table,
                    jdbc.queryForObject(
                            "select md5(string_agg(t::text, '|' order by t::text)) from " + table + " t",
                            String.class));
        }
        return fingerprints;
    }
}
