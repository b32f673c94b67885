package be.nestwerk.network;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.network.NetworkFixtures.CreatedNetwork;
import be.nestwerk.network.TerritoryFixture.Municipality;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.Role;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@NestwerkIntegrationTest
class FieldOfOperationPageIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FieldsOfOperation fields;

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
    void coordinatorFindsAMunicipalityByNameWithoutAccentsOrCapitalsAndAddsIt() {
        CreatedNetwork huis = huisVanHetKind();
        Municipality m = territory.free();
        String query = m.name().toUpperCase().replace("E", "É");

        assertThat(mvc.get()
                        .uri("/n/{slug}/area", huis.slug())
                        .param("q", query)
                        .with(user(huis.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(m.name(), "(gemeente)", "Toevoegen");

        assertThat(post(huis, huis.coordinator(), "add", "MUNICIPALITY", m.nisCode()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/n/" + huis.slug() + "/area");
        assertThat(fields.sectorsOf(huis.id()))
                .hasSize(territory.sectorsOfMunicipality(m.nisCode()).size());
        assertThat(mvc.get().uri("/n/{slug}/area", huis.slug()).with(user(huis.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Gemeentelijk", m.name(), "(de hele gemeente)", "Verwijderen");
        assertThat(mvc.get()
                        .uri("/n/{slug}/area", huis.slug())
                        .param("browse", m.nisCode())
                        .with(user(huis.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("in het werkingsgebied")
                .doesNotContain("/area/add");
    }

    @Test
    void coordinatorFindsADeelgemeenteByPostcodeAndBrowsesTheSectorsOfAMunicipality() {
        CreatedNetwork huis = huisVanHetKind();
        Municipality m = territory.freeWithTwoDeelgemeenten();
        String deelgemeenteName =
                jdbc.queryForObject("select name from deelgemeente where code = ?", String.class, m.deelgemeente());

        assertThat(mvc.get()
                        .uri("/n/{slug}/area", huis.slug())
                        .param("q", territory.postcodeOf(m.deelgemeente()))
                        .with(user(huis.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(deelgemeenteName, "(deelgemeente van " + m.name() + ")");
        assertThat(mvc.get()
                        .uri("/n/{slug}/area", huis.slug())
                        .param("browse", m.nisCode())
                        .with(user(huis.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Delen van " + m.name(),
                        territory.sectorName(m.sectorsOfFirst().get(0)),
                        "Niet te lokaliseren");
    }

    @Test
    void coordinatorAddsAndRemovesSectorsWithPlainForms() {
        CreatedNetwork huis = huisVanHetKind();
        Municipality m = territory.freeWithTwoDeelgemeenten();
        String sector = m.sectorsOfFirst().get(0);

        assertThat(post(huis, huis.coordinator(), "add", "SECTOR", sector)).hasStatus(HttpStatus.FOUND);
        assertThat(fields.sectorsOf(huis.id())).containsExactly(sector);
        assertThat(mvc.get().uri("/n/{slug}/area", huis.slug()).with(user(huis.coordinator())))
                .bodyText()
                .contains("Binnengemeentelijk", territory.sectorName(sector));

        assertThat(post(huis, huis.coordinator(), "remove", "SECTOR", sector)).hasStatus(HttpStatus.FOUND);
        assertThat(fields.sectorsOf(huis.id())).isEmpty();
    }

    @Test
    void overlapIsRefusedOnThePageWithTheOtherNetworkNamed() {
        CreatedNetwork first = huisVanHetKind();
        CreatedNetwork second = huisVanHetKind();
        Municipality m = territory.free();
        actingAs(first.coordinator(), () -> fields.add(first.id(), FieldUnit.municipality(m.nisCode())));

        assertThat(post(second, second.coordinator(), "add", "MUNICIPALITY", m.nisCode()))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("Dit werkingsgebied kan niet bewaard worden.")
                .contains(
                        "Overlapt met het werkingsgebied van " + first.network().name() + ": " + m.name());
        assertThat(fields.sectorsOf(second.id())).isEmpty();
    }

    @Test
    void refusalIsWordedInTheReadersLanguage() {
        CreatedNetwork first = huisVanHetKind();
        CreatedNetwork second = huisVanHetKind();
        Municipality m = territory.free();
        actingAs(first.coordinator(), () -> fields.add(first.id(), FieldUnit.municipality(m.nisCode())));

        assertThat(mvc.post()
                        .uri("/n/{slug}/area/add?lang=en", second.slug())
                        .with(user(second.coordinator()))
                        .with(csrf())
                        .param("type", "MUNICIPALITY")
                        .param("code", m.nisCode()))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("This field of operation cannot be saved. Overlaps with the field of operation of "
                        + first.network().name());
    }

    @Test
    void languageLinksOfARefusalLeadBackToTheAreaPageNotToTheButtonsAddress() {
        CreatedNetwork first = huisVanHetKind();
        CreatedNetwork second = huisVanHetKind();
        Municipality m = territory.free();
        actingAs(first.coordinator(), () -> fields.add(first.id(), FieldUnit.municipality(m.nisCode())));

        assertThat(mvc.post()
                        .uri("/n/{slug}/area/add", second.slug())
                        .with(user(second.coordinator()))
                        .with(csrf())
                        .param("type", "MUNICIPALITY")
                        .param("code", m.nisCode())
                        .param("q", "mechelen")
                        .param("browse", m.nisCode()))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains(
                        "href=\"/n/" + second.slug() + "/area?q=mechelen&amp;browse=" + m.nisCode() + "&amp;lang=en\"")
                .doesNotContain("/area/add?lang=");
    }

    @Test
    void unknownAreaIsRefusedAsBadInput() {
        CreatedNetwork huis = huisVanHetKind();

        assertThat(post(huis, huis.coordinator(), "add", "MUNICIPALITY", "99999"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Dit gebied bestaat niet: 99999.");
    }

    @Test
    void professionalsAndPartnerAdminsCannotOpenOrChangeTheArea() {
        CreatedNetwork huis = huisVanHetKind();
        Municipality m = territory.free();
        for (Role role : new Role[] {Role.PARTNER_ADMIN, Role.PROFESSIONAL, Role.VOLUNTEER}) {
            NestwerkUser member = NetworkFixtures.member(context, huis, role);
            assertThat(mvc.get().uri("/n/{slug}/area", huis.slug()).with(user(member)))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(post(huis, member, "add", "MUNICIPALITY", m.nisCode())).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(post(huis, NetworkFixtures.person(context, "Outsider"), "add", "MUNICIPALITY", m.nisCode()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(fields.sectorsOf(huis.id())).isEmpty();
    }

    @Test
    void addingWithoutTheFormsTokenIsRefused() {
        CreatedNetwork huis = huisVanHetKind();

        assertThat(mvc.post()
                        .uri("/n/{slug}/area/add", huis.slug())
                        .with(user(huis.coordinator()))
                        .param("type", "MUNICIPALITY")
                        .param("code", territory.free().nisCode()))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void communityNetworkPageShowsWhereItMayWork() {
        CreatedNetwork huis = huisVanHetKind();
        CreatedNetwork community = NetworkFixtures.communityNetwork(context, huis);
        created.add(0, community.id());
        Municipality m = territory.free();
        actingAs(huis.coordinator(), () -> fields.add(huis.id(), FieldUnit.municipality(m.nisCode())));

        assertThat(mvc.get().uri("/n/{slug}/area", community.slug()).with(user(community.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Dit netwerk werkt binnen het werkingsgebied van "
                        + huis.network().name())
                .contains(m.name());
    }

    private MvcTestResult post(CreatedNetwork network, NestwerkUser user, String action, String type, String code) {
        return mvc.post()
                .uri("/n/{slug}/area/{action}", network.slug(), action)
                .with(user(user))
                .with(csrf())
                .param("type", type)
                .param("code", code)
                .exchange();
    }

    private CreatedNetwork huisVanHetKind() {
        CreatedNetwork network = NetworkFixtures.huisVanHetKind(context);
        created.add(network.id());
        return network;
    }
}
