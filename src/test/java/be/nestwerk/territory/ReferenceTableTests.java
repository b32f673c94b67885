package be.nestwerk.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class ReferenceTableTests {

    @Test
    void stagesEveryColumnOfEachFileInItsOrder() throws IOException {
        for (ReferenceTable table : ReferenceTable.ALL) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    new ClassPathResource(table.resource()).getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(List.of(reader.readLine().split(",")))
                        .as(table.resource())
                        .isEqualTo(table.csvColumns());
            }
        }
    }

    @Test
    void loadsParentsBeforeChildren() {
        assertThat(ReferenceTable.ALL)
                .extracting(ReferenceTable::table)
                .containsExactly("municipality", "deelgemeente", "statistical_sector", "postcode");
    }

    @Test
    void upsertsOnTheNaturalKeyAndOnlyRewritesChangedRows() {
        ReferenceTable postcodes = ReferenceTable.ALL.get(3);
        assertThat(postcodes.upsertSql())
                .startsWith("insert into postcode (postcode, locality, main_municipality, nis_code,")
                .contains(
                        "on conflict (postcode, locality) do update set main_municipality = excluded.main_municipality")
                .doesNotContain("set postcode = ")
                .endsWith("is distinct from (excluded.postcode, excluded.locality, excluded.main_municipality,"
                        + " excluded.nis_code, excluded.deelgemeente_code, excluded.lat, excluded.lon)");
        assertThat(postcodes.copySql()).contains("format csv, header match");
    }
}
