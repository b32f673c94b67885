package be.nestwerk.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.nestwerk.territory.TerritoryUnit.Type;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UnitSearchIT {

    @Autowired
    UnitSearch search;

    @Test
    void findsSectorsByNameWithoutDiaeresis() {
        assertThat(search.searchUnits("schalienhof", 10))
                .contains(new TerritoryUnit(Type.SECTOR, "34002F0AA", "Schaliënhof", "34002", "Anzegem"));
        assertThat(search.searchUnits("Australie", 10))
                .extracting(TerritoryUnit::code)
                .containsExactly("12021A322");
    }

    @Test
    void putsExactNamesFirstThenNamesStartingWithTheText() {
        assertThat(search.searchUnits("mechelen", 4))
                .extracting(TerritoryUnit::type, TerritoryUnit::code)
                .startsWith(tuple(Type.MUNICIPALITY, "12025"), tuple(Type.DEELGEMEENTE, "12025A"));
        assertThat(search.searchUnits("berchem", 3))
                .as("Sint-Agatha-Berchem is Berchem-Sainte-Agathe in French")
                .extracting(TerritoryUnit::type, TerritoryUnit::label)
                .containsExactly(
                        tuple(Type.MUNICIPALITY, "Sint-Agatha-Berchem"),
                        tuple(Type.DEELGEMEENTE, "Berchem (Antwerpen)"),
                        tuple(Type.DEELGEMEENTE, "Berchem (Kluisbergen)"));
    }

    @Test
    void findsMunicipalitiesAndDeelgemeentenByPostcode() {
        assertThat(search.searchUnits("2800", 10))
                .extracting(TerritoryUnit::type, TerritoryUnit::label)
                .containsExactly(
                        tuple(Type.MUNICIPALITY, "Mechelen"),
                        tuple(Type.DEELGEMEENTE, "Mechelen"),
                        tuple(Type.DEELGEMEENTE, "Walem"));
    }

    @Test
    void respectsTheLimitAndPagesThroughTheRest() {
        assertThat(search.searchUnits("straat", 7)).hasSize(7);
        UnitSearch.Result first = search.search("straat", 0, 5);
        UnitSearch.Result second = search.search("straat", 5, 5);
        assertThat(first.total()).isEqualTo(second.total()).isGreaterThan(10);
        assertThat(first.units()).doesNotContainAnyElementsOf(second.units());
    }

    @Test
    void treatsWildcardsAsText() {
        assertThat(search.searchUnits("%", 10)).isEmpty();
        assertThat(search.searchUnits("_", 10)).isEmpty();
        assertThat(search.searchUnits("   ", 10)).isEmpty();
    }
}
