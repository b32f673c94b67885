package be.nestwerk.network;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.network.NetworkFixtures.CreatedNetwork;
import be.nestwerk.network.TerritoryFixture.Municipality;
import be.nestwerk.platform.security.ApiTokens;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@NestwerkIntegrationTest
class NetworkApiIT {

    private static final String SETTINGS = """
            {"name": "%s", "description": "Over ons", "contactEmail": "info@api.test", "contactPhone": null,
             "website": "https://api.test", "streetAddress": null, "postcode": "2800", "town": "Mechelen",
             "ageFromMonths": %d, "ageToMonths": %d, "languages": ["nl", "tr"], "directingOrganisationId": null}
            """;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiTokens apiTokens;

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
    void listsOnlyTheNetworksTheCallerIsAMemberOf() {
        CreatedNetwork mine = huisVanHetKind();
        CreatedNetwork other = huisVanHetKind();

        assertThat(mvc.get().uri("/api/v1/networks").header("Authorization", bearer(mine.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.totalItems").isEqualTo(1);
                    assertThat(json).extractingPath("$.items[0].slug").isEqualTo(mine.slug());
                    assertThat(json).extractingPath("$.items[0].kind").isEqualTo("HUIS_VAN_HET_KIND");
                    assertThat(json).extractingPath("$.page").isEqualTo(0);
                });
        assertThat(mvc.get().uri("/api/v1/networks").header("Authorization", bearer(mine.coordinator())))
                .bodyText()
                .doesNotContain(other.slug());
    }

    @Test
    void agencyAdminListsAllNetworksPageByPage() {
        huisVanHetKind();
        Integer total = jdbc.queryForObject("select count(*) from network", Integer.class);

        assertThat(mvc.get()
                        .uri("/api/v1/networks?size=1&page=0")
                        .header("Authorization", bearer(NetworkFixtures.agencyAdmin(context))))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.totalItems").isEqualTo(total);
                    assertThat(json).extractingPath("$.size").isEqualTo(1);
                    assertThat(json).extractingPath("$.items").asArray().hasSize(1);
                });
    }

    @Test
    void getsANetworkWithItsFieldOfOperation() {
        CreatedNetwork huis = huisVanHetKind();
        Municipality m = territory.free();
        actingAs(huis.coordinator(), () -> fields.add(huis.id(), FieldUnit.municipality(m.nisCode())));

        assertThat(mvc.get()
                        .uri("/api/v1/networks/{slug}", huis.slug())
                        .header("Authorization", bearer(huis.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json)
                            .extractingPath("$.network.name")
                            .isEqualTo(huis.network().name());
                    assertThat(json).extractingPath("$.network.ageFromMonths").isEqualTo(-9);
                    assertThat(json).extractingPath("$.fieldOfOperation.scope").isEqualTo("MUNICIPAL");
                    assertThat(json)
                            .extractingPath("$.fieldOfOperation.sectorCount")
                            .isEqualTo(
                                    territory.sectorsOfMunicipality(m.nisCode()).size());
                    assertThat(json)
                            .extractingPath("$.fieldOfOperation.units[0].code")
                            .isEqualTo(m.nisCode());
                    assertThat(json)
                            .extractingPath("$.fieldOfOperation.municipalities[0].name")
                            .isEqualTo(m.name());
                });
    }

    @Test
    void unknownNetworkIsNotFoundAndAForeignNetworkIsForbidden() {
        CreatedNetwork mine = huisVanHetKind();
        CreatedNetwork foreign = huisVanHetKind();
        String token = bearer(mine.coordinator());

        assertThat(mvc.get()
                        .uri("/api/v1/networks/nope-{id}", UUID.randomUUID())
                        .header("Authorization", token))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.error")
                .isEqualTo("not_found");
        assertThat(mvc.get().uri("/api/v1/networks/{slug}", foreign.slug()).header("Authorization", token))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(putSettings(foreign, token, "Overgenomen", -9, 144)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/networks/{slug}", foreign.slug())).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void coordinatorChangesTheSettings() {
        CreatedNetwork huis = huisVanHetKind();
        String name = NetworkFixtures.unique("Via de API");

        assertThat(putSettings(huis, bearer(huis.coordinator()), name, 0, 288))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.network.name").isEqualTo(name);
                    assertThat(json).extractingPath("$.network.contact.email").isEqualTo("info@api.test");
                    assertThat(json)
                            .extractingPath("$.network.languages")
                            .asArray()
                            .containsExactly("nl", "tr");
                });
        assertThat(networks.find(huis.id()).orElseThrow().ageToMonths()).isEqualTo(288);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where network_id = ? and action = 'NETWORK_UPDATED'",
                        Integer.class,
                        huis.id()))
                .isOne();
    }

    @Test
    void invalidSettingsGetA400WithATranslatedMessagePerField() {
        CreatedNetwork huis = huisVanHetKind();

        assertThat(putSettings(huis, bearer(huis.coordinator()), "", 12, 6))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.error").isEqualTo("invalid");
                    assertThat(json)
                            .extractingPath("$.fields[?(@.field == 'name')].message")
                            .asArray()
                            .containsExactly("Vul een naam in.");
                    assertThat(json)
                            .extractingPath("$.fields[?(@.field == 'ageRangeValid')].message")
                            .asArray()
                            .containsExactly("De leeftijd \"vanaf\" moet lager zijn dan de leeftijd \"tot\".");
                });
        assertThat(mvc.put()
                        .uri("/api/v1/networks/{slug}", huis.slug())
                        .header("Authorization", bearer(huis.coordinator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void membersWhoAreNotCoordinatorsCannotChangeTheNetwork() {
        CreatedNetwork huis = huisVanHetKind();
        Municipality m = territory.free();
        for (Role role : new Role[] {Role.PARTNER_ADMIN, Role.PROFESSIONAL, Role.VOLUNTEER}) {
            String token = bearer(NetworkFixtures.member(context, huis, role));
            assertThat(mvc.get().uri("/api/v1/networks/{slug}", huis.slug()).header("Authorization", token))
                    .hasStatusOk();
            assertThat(putSettings(huis, token, "Overgenomen", -9, 144)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(putField(
                            huis,
                            token,
                            "{\"units\": [{\"type\": \"MUNICIPALITY\", \"code\": \"" + m.nisCode() + "\"}]}"))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(networks.find(huis.id()).orElseThrow().name())
                .isEqualTo(huis.network().name());
        assertThat(fields.sectorsOf(huis.id())).isEmpty();
    }

    @Test
    void coordinatorReplacesTheFieldOfOperation() {
        CreatedNetwork huis = huisVanHetKind();
        Municipality m = territory.freeWithTwoDeelgemeenten();

        assertThat(putField(
                        huis,
                        bearer(huis.coordinator()),
                        "{\"units\": [{\"type\": \"DEELGEMEENTE\", \"code\": \""
                                + m.deelgemeente().toLowerCase() + "\"}]}"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.scope").isEqualTo("INTRAMUNICIPAL");
                    assertThat(json).extractingPath("$.units[0].type").isEqualTo("DEELGEMEENTE");
                    assertThat(json)
                            .extractingPath("$.sectorCount")
                            .isEqualTo(territory
                                    .sectorsOfDeelgemeente(m.deelgemeente())
                                    .size());
                });
    }

    @Test
    void overlappingFieldOfOperationGetsA409NamingTheOtherNetwork() {
        CreatedNetwork first = huisVanHetKind();
        CreatedNetwork second = huisVanHetKind();
        Municipality m = territory.free();
        actingAs(first.coordinator(), () -> fields.add(first.id(), FieldUnit.municipality(m.nisCode())));

        assertThat(putField(
                        second,
                        bearer(second.coordinator()),
                        "{\"units\": [{\"type\": \"SECTOR\", \"code\": \""
                                + m.sectorsOfFirst().get(0) + "\"}]}"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.error").isEqualTo("rule_violated");
                    assertThat(json)
                            .extractingPath("$.message")
                            .asString()
                            .contains(
                                    "Overlapt met het werkingsgebied van "
                                            + first.network().name(),
                                    m.name());
                });
    }

    @Test
    void invalidOrUnknownUnitsGetA400() {
        CreatedNetwork huis = huisVanHetKind();
        String token = bearer(huis.coordinator());

        assertThat(putField(huis, token, "{\"units\": [{\"type\": \"MUNICIPALITY\", \"code\": \"99999\"}]}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.message")
                .isEqualTo("Dit gebied bestaat niet: 99999.");
        assertThat(putField(huis, token, "{\"units\": [{\"code\": \"12025\"}]}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.fields[0].message")
                .isEqualTo("Geef het soort gebied op: MUNICIPALITY, DEELGEMEENTE of SECTOR.");
        assertThat(putField(huis, token, "{\"units\": [{\"type\": \"PROVINCE\", \"code\": \"10000\"}]}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(putField(huis, token, "{}")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theSessionOfASignedInPersonWorksLikeABearerToken() {
        CreatedNetwork huis = huisVanHetKind();

        assertThat(mvc.get().uri("/api/v1/networks/{slug}", huis.slug()).with(user(huis.coordinator())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.network.slug")
                .isEqualTo(huis.slug());
    }

    @Test
    void apiIsDescribedInTheOpenApiDocument() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains("/api/v1/networks/{slug}/field-of-operation", "FieldOfOperationChange", "NetworkSettings");
    }

    private MvcTestResult putSettings(CreatedNetwork network, String token, String name, int from, int to) {
        return mvc.put()
                .uri("/api/v1/networks/{slug}", network.slug())
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(SETTINGS.formatted(name, from, to))
                .exchange();
    }

    private MvcTestResult putField(CreatedNetwork network, String token, String body) {
        return mvc.put()
                .uri("/api/v1/networks/{slug}/field-of-operation", network.slug())
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private String bearer(NestwerkUser user) {
        return "Bearer " + apiTokens.create(user.id(), "test").secret();
    }

    private CreatedNetwork huisVanHetKind() {
        CreatedNetwork network = NetworkFixtures.huisVanHetKind(context);
        created.add(network.id());
        return network;
    }
}
