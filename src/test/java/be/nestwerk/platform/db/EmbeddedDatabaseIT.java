package be.nestwerk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedDatabaseIT {

    @TempDir
    Path directory;

    @Test
    void keepsItsDataBetweenRunsInItsDirectory() throws Exception {
        EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
        Path data = directory.resolve("pgdata");

        try (EmbeddedPostgres first = configuration.embeddedPostgres(data.toString(), 0);
                HikariDataSource dataSource = (HikariDataSource) configuration.dataSource(first)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("create table family_centre (name text)");
            jdbc.update("insert into family_centre values ('Huis van het Kind')");
        }

        try (EmbeddedPostgres second = configuration.embeddedPostgres(data.toString(), 0);
                HikariDataSource dataSource = (HikariDataSource) configuration.dataSource(second)) {
            assertThat(new JdbcTemplate(dataSource).queryForObject("select name from family_centre", String.class))
                    .isEqualTo("Huis van het Kind");
        }
    }
}
