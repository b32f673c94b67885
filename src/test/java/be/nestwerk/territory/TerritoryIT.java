package be.nestwerk.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TerritoryIT {

    static final MunicipalityView MECHELEN =
            new MunicipalityView("12025", "Mechelen", "Malines", "Antwerpen", "Vlaams Gewest", 51.02866, 4.45023);

    @Autowired
    Territory territory;

    @Test
    void findsAMunicipalityByNisCode() {
        assertThat(territory.municipality("12025")).contains(MECHELEN);
        assertThat(territory.municipality("21004")).hasValueSatisfying(brussel -> {
            assertThat(brussel.nameNl()).isEqualTo("Brussel");
            assertThat(brussel.nameFr()).isEqualTo("Bruxelles");
            assertThat(brussel.provinceNl()).isNull();
            assertThat(brussel.regionNl()).isEqualTo("Brussels Hoofdstedelijk Gewest");
        });
        assertThat(territory.municipality("99999")).isEmpty();
    }

    @Test
    void knowsTheMunicipalitiesMergedIn2025() {
        assertThat(territory.municipality("46030")).hasValueSatisfying(merged -> {
            assertThat(merged.nameNl()).isEqualTo("Beveren-Kruibeke-Zwijndrecht");
            assertThat(merged.nameFr()).isNull();
            assertThat(merged.provinceNl()).isEqualTo("Oost-Vlaanderen");
        });
        assertThat(territory.municipality("46003"))
                .as("Beveren before the merger")
                .isEmpty();
    }

    @Test
    void listsMunicipalitiesSortedByName() {
        assertThat(territory.allMunicipalities())
                .hasSize(304)
                .first()
                .extracting(MunicipalityView::nameNl)
                .isEqualTo("Aalst");
        assertThat(territory.municipalities(List.of("21004", "12025", "00000", "11002")))
                .extracting(MunicipalityView::nameNl)
                .containsExactly("Antwerpen", "Brussel", "Mechelen");
        assertThat(territory.municipalities(List.of())).isEmpty();
    }

    @Test
    void findsMunicipalitiesByNameWithoutAccentsCaseOrHyphens() {
        assertThat(territory.findMunicipalities("bievene"))
                .as("Biévène")
                .extracting(MunicipalityView::nisCode)
                .containsExactly("23009");
        assertThat(territory.findMunicipalities("LEAU"))
                .as("Léau")
                .extracting(MunicipalityView::nameNl)
                .first()
                .isEqualTo("Zoutleeuw");
        assertThat(territory.findMunicipalities("bourg leopold"))
                .extracting(MunicipalityView::nameNl)
                .containsExactly("Leopoldsburg");
        assertThat(territory.findMunicipalities("sint niklaas"))
                .extracting(MunicipalityView::nameNl)
                .containsExactly("Sint-Niklaas");
        assertThat(territory.findMunicipalities("Malines")).containsExactly(MECHELEN);
    }

    @Test
    void ranksExactAndPrefixMatchesFirst() {
        assertThat(territory.findMunicipalities("heist"))
                .extracting(MunicipalityView::nameNl)
                .containsExactly("Heist-op-den-Berg", "Knokke-Heist");
        assertThat(territory.findMunicipalities("gent"))
                .extracting(MunicipalityView::nameNl)
                .containsExactly("Gent");
    }

    @Test
    void findsMunicipalitiesByPostcode() {
        assertThat(territory.findMunicipalities("2800")).containsExactly(MECHELEN);
        assertThat(territory.findMunicipalities(" 1000 "))
                .extracting(MunicipalityView::nisCode)
                .containsExactly("21004");
        assertThat(territory.findMunicipalities("0000")).isEmpty();
        assertThat(territory.findMunicipalities("")).hasSize(304);
    }

    @Test
    void looksUpTheLocalitiesOfAPostcode() {
        assertThat(territory.postcodes("2800"))
                .containsExactly(
                        new PostcodeView("2800", "Mechelen", "12025", "Mechelen", "12025A"),
                        new PostcodeView("2800", "Walem", "12025", "Mechelen", "12025E"));
        assertThat(territory.postcodes("9999")).isEmpty();
    }

    @Test
    void listsTheDeelgemeentenOfAMunicipality() {
        assertThat(territory.deelgemeenten("12025"))
                .extracting(DeelgemeenteView::name)
                .containsExactly("Heffen", "Hombeek", "Leest", "Mechelen", "Muizen (Mechelen)", "Walem");
        assertThat(territory.deelgemeente("11002P"))
                .contains(new DeelgemeenteView("11002P", "Ekeren", "11002", "Antwerpen"));
        assertThat(territory.deelgemeente("12025ONB")).isEmpty();
    }

    @Test
    void listsAllSectorsOfAMunicipalityIncludingTheUnlocatableOne() {
        List<SectorView> sectors = territory.sectorsOfMunicipality("12025");
        assertThat(sectors)
                .hasSize(104)
                .last()
                .isEqualTo(new SectorView("12025ZZZZ", "Mechelen - niet te lokaliseren", null, "12025"));
        assertThat(territory.sectorCodesOfMunicipalities(List.of("12025")))
                .hasSize(104)
                .contains("12025A00-", "12025ZZZZ")
                .allMatch(code -> code.startsWith("12025"));
        assertThat(territory.sectorCodesOfMunicipalities(List.of("12025", "11002")))
                .hasSize(104 + 321);
    }

    @Test
    void normalisesDeelgemeentenToTheirSectors() {
        assertThat(territory.sectorCodesOfDeelgemeenten(List.of("12025E")))
                .containsExactly("12025E001", "12025E012", "12025E08K", "12025E08L", "12025E0PN");
        assertThat(territory.sectorCodesOfDeelgemeenten(List.of("11001A")))
                .as("a municipality of one deelgemeente keeps its unlocatable sector there")
                .contains("11001ZZZZ");
        assertThat(territory.sectorCodesOfDeelgemeenten(List.of("12025E", "12025D")))
                .hasSize(8);
    }

    @Test
    void keepsOnlyExistingSectorCodes() {
        assertThat(territory.existingSectorCodes(List.of("12025E001", "12025E999", "nonsense", "12025ZZZZ")))
                .containsExactly("12025E001", "12025ZZZZ");
        assertThat(territory.sectors(List.of("12025E001", "12025E999")))
                .extracting(SectorView::deelgemeenteCode)
                .containsExactly("12025E");
    }

    @Test
    void handlesLargeSetsOfCodes() {
        Set<String> flanders = territory.sectorCodesOfMunicipalities(territory.allMunicipalities().stream()
                .map(MunicipalityView::nisCode)
                .toList());
        assertThat(flanders).hasSize(10_898);
        assertThat(territory.existingSectorCodes(flanders)).hasSize(10_898);
        assertThat(territory.groupByMunicipality(flanders)).hasSize(304);
    }

    @Test
    void groupsSectorsByMunicipality() {
        assertThat(territory.groupByMunicipality(List.of("12025E001", "11002ZZZZ", "12025ZZZZ")))
                .containsOnlyKeys("11002", "12025")
                .hasEntrySatisfying(
                        "12025",
                        sectors -> assertThat(sectors)
                                .extracting(SectorView::code)
                                .containsExactly("12025E001", "12025ZZZZ"));
    }

    @Test
    void describesASetOfSectorsByWholeMunicipalitiesAndDeelgemeenten() {
        Set<String> field = new TreeSet<>(territory.sectorCodesOfMunicipalities(List.of("12025")));
        field.addAll(territory.sectorCodesOfDeelgemeenten(List.of("11002P")));
        field.add("11002A00-");

        List<MunicipalityCoverage> coverage = territory.coverage(field);

        assertThat(coverage).extracting(c -> c.municipality().nameNl()).containsExactly("Antwerpen", "Mechelen");
        MunicipalityCoverage antwerpen = coverage.get(0);
        assertThat(antwerpen.whole()).isFalse();
        assertThat(antwerpen.deelgemeenten()).extracting(DeelgemeenteView::name).containsExactly("Ekeren");
        assertThat(antwerpen.sectors()).extracting(SectorView::code).containsExactly("11002A00-");
        assertThat(coverage.get(1)).isEqualTo(new MunicipalityCoverage(MECHELEN, true, List.of(), List.of()));
        assertThat(territory.coverage(List.of())).isEmpty();
    }
}
