package be.nestwerk.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldUnitsTests {

    private static final TerritoryUnitInfo MECHELEN = new TerritoryUnitInfo(
            FieldUnitType.MUNICIPALITY, "12025", "Mechelen", "12025", "Mechelen", null, null, null);
    private static final TerritoryUnitInfo HOMBEEK = new TerritoryUnitInfo(
            FieldUnitType.DEELGEMEENTE, "12025B", "Hombeek", "12025", "Mechelen", "12025B", null, null);
    private static final TerritoryUnitInfo HOMBEEK_CENTRUM = new TerritoryUnitInfo(
            FieldUnitType.SECTOR, "12025B000", "Hombeek - Centrum", "12025", "Mechelen", "12025B", null, null);
    private static final TerritoryUnitInfo MECHELEN_ELSEWHERE = new TerritoryUnitInfo(
            FieldUnitType.SECTOR, "12025ZZZZ", "Mechelen - niet te lokaliseren", "12025", "Mechelen", null, null, null);
    private static final TerritoryUnitInfo BONHEIDEN_CENTRUM = new TerritoryUnitInfo(
            FieldUnitType.SECTOR, "12005A00K", "Bonheiden-Centrum-Noord", "12005", "Bonheiden", "12005A", null, null);

    @Test
    void aPickedMunicipalityCoversItsDeelgemeentenAndSectors() {
        assertThat(FieldUnits.withoutCovered(
                        List.of(HOMBEEK_CENTRUM, MECHELEN, HOMBEEK, MECHELEN_ELSEWHERE, BONHEIDEN_CENTRUM)))
                .containsExactly(BONHEIDEN_CENTRUM, MECHELEN);
    }

    @Test
    void aPickedDeelgemeenteCoversItsSectorsButNotTheNotLocalisableOne() {
        assertThat(FieldUnits.withoutCovered(List.of(HOMBEEK_CENTRUM, HOMBEEK, MECHELEN_ELSEWHERE)))
                .containsExactly(HOMBEEK, MECHELEN_ELSEWHERE);
    }

    @Test
    void keepsEachUnitOnce() {
        assertThat(FieldUnits.withoutCovered(List.of(HOMBEEK_CENTRUM, HOMBEEK_CENTRUM)))
                .containsExactly(HOMBEEK_CENTRUM);
    }
}
