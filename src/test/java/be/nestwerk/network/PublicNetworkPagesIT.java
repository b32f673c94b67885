package be.nestwerk.network;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.network.NetworkFixtures.CreatedNetwork;
import be.nestwerk.network.TerritoryFixture.Municipality;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The families' front door: no login, and nothing of a partnership beyond the partner's name and type. */
@NestwerkIntegrationTest
class PublicNetworkPagesIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FieldsOfOperation fields;

    @Autowired
    Networks networks;

    @Autowired
    JdbcTemplate jdbc;

    TerritoryFixture territory;
    final List<UUID> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        territory = new TerritoryFixture(jdbc);
    }

    @AfterEach
    void releaseTerritory() {
        territory.release(created);
    }

    @Test
    void listsNetworksWithoutLogin() {
        CreatedNetwork huis = huisVanHetKind();

        assertThat(mvc.get().uri("/")).hasStatusOk().bodyText().contains("Huizen van het Kind en hun netwerken");
        assertThat(mvc.get().uri("/").param("q", huis.network().name()))
                .hasStatusOk()
                .bodyText()
                .contains(huis.network().name(), "/networks/" + huis.slug(), "Huis van het Kind");
    }

    @Test
    void findsTheNetworksThatWorkInAMunicipalityOrPostcode() {
        CreatedNetwork huis = huisVanHetKind();
        CreatedNetwork community = NetworkFixtures.communityNetwork(context, huis);
        created.add(0, community.id());
        CreatedNetwork elsewhere = huisVanHetKind();
        Municipality m = territory.freeWithTwoDeelgemeenten();
        Municipality other = territory.free(m);
        claim(huis, FieldUnit.municipality(m.nisCode()));
        claim(community, FieldUnit.deelgemeente(m.deelgemeente()));
        claim(elsewhere, FieldUnit.municipality(other.nisCode()));

        assertThat(mvc.get().uri("/").param("q", m.name().toLowerCase()))
                .hasStatusOk()
                .bodyText()
                .contains(huis.network().name(), community.network().name())
                .doesNotContain(elsewhere.network().name());
        assertThat(mvc.get().uri("/").param("q", territory.postcodeOf(m.deelgemeente())))
                .hasStatusOk()
                .bodyText()
                .contains(huis.network().name(), community.network().name());
        assertThat(mvc.get()
                        .uri("/")
                        .param("q", territory.postcodeOf(m.deelgemeenten().get(1))))
                .hasStatusOk()
                .bodyText()
                .contains(huis.network().name())
                .doesNotContain(community.network().name());
    }

    @Test
    void showsWhoTheNetworkIsWhereItWorksAndItsPartnersWithoutLogin() {
        CreatedNetwork huis = huisVanHetKind();
        Municipality m = territory.free();
        claim(huis, FieldUnit.municipality(m.nisCode()));
        actingAs(
                huis.coordinator(),
                () -> networks.update(
                        huis.id(),
                        new NetworkSettings(
                                huis.network().name(),
                                "Wij brengen gezinnen en organisaties samen.",
                                "info@huis.test",
                                "015 12 34 56",
                                "https://huis.test",
                                "Grote Markt 1",
                                "2800",
                                "Mechelen",
                                -9,
                                216,
                                List.of("nl", "fr", "ar"),
                                null)));

        assertThat(mvc.get().uri("/networks/{slug}", huis.slug()))
                .hasStatusOk()
                .bodyText()
                .contains(huis.network().name(), "Wij brengen gezinnen en organisaties samen.")
                .contains("Van de zwangerschap tot 18 jaar", "Nederlands", "Frans", "Arabisch")
                .contains("info@huis.test", "015 12 34 56", "https://huis.test", "Grote Markt 1")
                .contains(m.name(), "(de hele gemeente)", "id=\"network-map\"", "/js/network-map.js");
    }

    @Test
    void publicPageNamesPartnersButNeverTheirInvolvementOrCommitment() {
        CreatedNetwork huis = huisVanHetKind();
        partner(huis, "Kinderopvang De Rups (fictief)", "CORE_PARTNER", "Geheime inbreng XQ7");
        partner(huis, "Bibliotheek Boekentoren (fictief)", "MINIMAL", "Verborgen verwachting ZK4");
        partner(huis, "Sportclub Nooit Betrokken (fictief)", "NOT_INVOLVED", "Niet tonen JW2");

        assertThat(mvc.get().uri("/networks/{slug}", huis.slug()))
                .hasStatusOk()
                .bodyText()
                .contains("Kinderopvang De Rups (fictief)", "Bibliotheek Boekentoren (fictief)")
                .doesNotContain("Sportclub Nooit Betrokken", "XQ7", "ZK4", "JW2")
                .doesNotContain("CORE_PARTNER", "MINIMAL", "Kernpartner", "Minimaal");
    }

    @Test
    void unknownNetworkIsNotFound() {
        assertThat(mvc.get().uri("/networks/no-such-network-{id}", UUID.randomUUID()))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .contains("Deze pagina of dit gegeven bestaat niet");
    }

    @Test
    void listIsPagedAndSurvivesNonsenseInput() {
        huisVanHetKind();

        assertThat(mvc.get().uri("/").param("page", "-3").param("q", "%_\\'\"<script>"))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<script>");
        assertThat(mvc.get().uri("/networks").param("page", "100000")).hasStatusOk();
    }

    private void claim(CreatedNetwork network, FieldUnit unit) {
        actingAs(network.coordinator(), () -> fields.add(network.id(), unit));
    }

    private void partner(CreatedNetwork network, String name, String involvement, String secret) {
        UUID organisation = UUID.randomUUID();
        jdbc.update(
                "insert into organisation (id, network_id, name, actor_type) values (?, ?, ?, 'CHILDCARE_BABIES_TODDLERS')",
                organisation,
                network.id(),
                name);
        jdbc.update(
                "insert into partnership (id, network_id, organisation_id, involvement, input_expertise, expectations)"
                        + " values (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                network.id(),
                organisation,
                involvement,
                secret,
                secret);
    }

    private CreatedNetwork huisVanHetKind() {
        CreatedNetwork network = NetworkFixtures.huisVanHetKind(context);
        created.add(network.id());
        return network;
    }
}
