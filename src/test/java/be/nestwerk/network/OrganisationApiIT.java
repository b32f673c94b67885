package be.nestwerk.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.security.ApiTokens;
import be.nestwerk.platform.security.NestwerkUser;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@NestwerkIntegrationTest
class OrganisationApiIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApiTokens apiTokens;

    PartnerFixtures.Scene scene;
    String base;

    @BeforeEach
    void setUp() {
        scene = PartnerFixtures.scene(context);
        base = "/api/v1/networks/" + scene.network().slug() + "/organisations";
    }

    @Test
    void coordinatorAddsAnOrganisationThenRecordsAndChangesItsPartnership() throws Exception {
        String name = PartnerFixtures.unique("Huisartsenkring");
        MvcTestResult added = send(mvc.post().uri(base), scene.coordinator(), """
                {"name": "%s", "actorType": "GENERAL_PRACTITIONERS", "email": "info@kring.example",
                 "postcode": "2800", "town": "Mechelen"}""".formatted(name));
        assertThat(added).hasStatus(HttpStatus.CREATED);
        assertThat(added).bodyJson().extractingPath("$.name").isEqualTo(name);
        assertThat(added).bodyJson().extractingPath("$.actorType").isEqualTo("GENERAL_PRACTITIONERS");
        String location = added.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).startsWith(base + "/");

        assertThat(mvc.get().uri(location + "/partnership").with(user(scene.volunteer())))
                .hasStatus(HttpStatus.NOT_FOUND);

        String partnership = """
                {"involvement": "AVERAGE", "inputStaffTime": "Vier uur per maand",
                 "essentialFunctions": ["PREVENTIVE_FAMILY_SUPPORT_AND_HEALTH"], "reviewDate": "2027-01-31"}""";
        assertThat(send(mvc.put().uri(location + "/partnership"), scene.coordinator(), partnership))
                .hasStatus(HttpStatus.CREATED);
        assertThat(send(
                        mvc.put().uri(location + "/partnership"),
                        scene.coordinator(),
                        partnership.replace("AVERAGE", "CORE_PARTNER")))
                .hasStatusOk();

        MvcTestResult read = mvc.get()
                .uri(location + "/partnership")
                .with(user(scene.professional()))
                .exchange();
        assertThat(read).hasStatusOk();
        assertThat(read).bodyJson().extractingPath("$.involvement").isEqualTo("CORE_PARTNER");
        assertThat(read).bodyJson().extractingPath("$.inputStaffTime").isEqualTo("Vier uur per maand");
        assertThat(read).bodyJson().extractingPath("$.reviewDate").isEqualTo("2027-01-31");
        assertThat(read)
                .bodyJson()
                .extractingPath("$.essentialFunctions[0]")
                .isEqualTo("PREVENTIVE_FAMILY_SUPPORT_AND_HEALTH");

        MvcTestResult changed = send(mvc.put().uri(location), scene.coordinator(), """
                {"name": "%s", "actorType": "GENERAL_PRACTITIONERS", "phone": "015 12 34 56"}""".formatted(name));
        assertThat(changed).hasStatusOk();
        assertThat(changed).bodyJson().extractingPath("$.phone").isEqualTo("015 12 34 56");
        assertThat(changed).bodyJson().extractingPath("$.involvement").isEqualTo("CORE_PARTNER");
    }

    @Test
    void listsTheNetworksOrganisationsPagedAndFiltered() {
        MvcTestResult all =
                mvc.get().uri(base + "?size=1").with(user(scene.volunteer())).exchange();
        assertThat(all).hasStatusOk();
        assertThat(all).bodyJson().extractingPath("$.totalItems").isEqualTo(2);
        assertThat(all).bodyJson().extractingPath("$.totalPages").isEqualTo(2);
        assertThat(all).bodyJson().extractingPath("$.items.length()").isEqualTo(1);

        MvcTestResult schools = mvc.get()
                .uri(base + "?actorType=SCHOOL")
                .with(user(scene.volunteer()))
                .exchange();
        assertThat(schools).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
        assertThat(schools)
                .bodyJson()
                .extractingPath("$.items[0].organisationId")
                .isEqualTo(scene.otherOrganisation().toString());
        assertThat(schools).bodyJson().extractingPath("$.items[0].involvement").isEqualTo("MINIMAL");

        assertThat(mvc.get().uri(base + "?involvement=SOMETIMES").with(user(scene.volunteer())))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void acceptsAPersonalApiTokenWithTheRightsOfItsOwner() {
        String secret = apiTokens.create(scene.professional().id(), "test").secret();
        assertThat(mvc.get()
                        .uri(base + "/" + scene.ownOrganisation())
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.actorType")
                .isEqualTo("LIBRARY");
        assertThat(mvc.put()
                        .uri(base + "/" + scene.ownOrganisation())
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Overname\", \"actorType\": \"LIBRARY\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(base)).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void partnerAdminSetsTheCommitmentOfTheirOwnOrganisationOnly() {
        String commitment = """
                {"involvement": "AVERAGE", "expectations": "Doorverwijzingen naar onze leesclub"}""";
        assertThat(send(
                        mvc.put().uri(base + "/" + scene.ownOrganisation() + "/partnership"),
                        scene.partnerAdmin(),
                        commitment))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.expectations")
                .isEqualTo("Doorverwijzingen naar onze leesclub");
        assertThat(send(
                        mvc.put().uri(base + "/" + scene.ownOrganisation() + "/partnership"),
                        scene.partnerAdmin(),
                        commitment.replace("AVERAGE", "CORE_PARTNER")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(send(
                        mvc.put().uri(base + "/" + scene.otherOrganisation() + "/partnership"),
                        scene.partnerAdmin(),
                        commitment.replace("AVERAGE", "MINIMAL")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(send(
                        mvc.post().uri(base),
                        scene.partnerAdmin(),
                        "{\"name\": \"Nieuw\", \"actorType\": \"LIBRARY\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aMemberOfAnotherNetworkGetsNoData() {
        assertThat(mvc.get().uri(base).with(user(scene.foreignCoordinator()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(base + "/" + scene.ownOrganisation()).with(user(scene.foreignCoordinator())))
                .hasStatus(HttpStatus.FORBIDDEN);
        String foreignBase = "/api/v1/networks/" + scene.foreignNetwork().slug() + "/organisations/";
        assertThat(mvc.get().uri(foreignBase + scene.ownOrganisation()).with(user(scene.foreignCoordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(send(
                        mvc.put().uri(foreignBase + scene.ownOrganisation()),
                        scene.foreignCoordinator(),
                        "{\"name\": \"Overname\", \"actorType\": \"LIBRARY\"}"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesInvalidOrganisationsWithTranslatedFieldMessages() {
        MvcTestResult dutch = send(mvc.post().uri(base), scene.coordinator(), """
                {"name": "", "actorType": "ROCKETS", "postcode": "28000"}""");
        assertThat(dutch).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(dutch).bodyJson().extractingPath("$.error").isEqualTo("invalid");
        assertThat(dutch)
                .bodyJson()
                .extractingPath("$.fields[?(@.field == 'name')].message")
                .asArray()
                .containsExactly("Vul dit veld in.");
        assertThat(dutch)
                .bodyJson()
                .extractingPath("$.fields[?(@.field == 'actorType')].message")
                .asArray()
                .containsExactly("Kies een actortype uit de lijst.");
        assertThat(dutch)
                .bodyJson()
                .extractingPath("$.fields[?(@.field == 'postcode')].message")
                .asArray()
                .containsExactly("Een Belgische postcode bestaat uit vier cijfers.");

        MvcTestResult french = mvc.post()
                .uri(base)
                .with(user(scene.coordinator()))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Test\", \"actorType\": \"OTHER\"}")
                .exchange();
        assertThat(french).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(french)
                .bodyJson()
                .extractingPath("$.fields[0].message")
                .isEqualTo("Indiquez le groupe professionnel ou une description pour ce type d'acteur.");
    }

    @Test
    void refusesAReviewDateInAWrongFormat() {
        MvcTestResult result = send(
                mvc.put().uri(base + "/" + scene.otherOrganisation() + "/partnership"),
                scene.coordinator(),
                "{\"involvement\": \"MINIMAL\", \"reviewDate\": \"30/06/2027\", \"essentialFunctions\": [\"FLYING\"]}");
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.fields[?(@.field == 'reviewDate')].message")
                .asArray()
                .singleElement()
                .asString()
                .startsWith("Geef een geldige datum");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.fields[?(@.field == 'essentialFunctions')].message")
                .asArray()
                .containsExactly("Kies alleen essentiële functies uit de lijst.");
    }

    @Test
    void refusesMalformedJsonAndADuplicateName() {
        assertThat(send(mvc.post().uri(base), scene.coordinator(), "{\"name\": "))
                .hasStatus(HttpStatus.BAD_REQUEST);
        String name = PartnerFixtures.unique("Dubbel");
        String body = "{\"name\": \"" + name + "\", \"actorType\": \"POLICE\"}";
        assertThat(send(mvc.post().uri(base), scene.coordinator(), body)).hasStatus(HttpStatus.CREATED);
        assertThat(send(mvc.post().uri(base), scene.coordinator(), body.replace(name, name.toLowerCase())))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.message")
                .asString()
                .contains(name.toLowerCase());
    }

    @Test
    void unknownOrganisationsAndNetworksAreNotFound() {
        assertThat(mvc.get().uri(base + "/" + UUID.randomUUID()).with(user(scene.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.error")
                .isEqualTo("not_found");
        assertThat(send(
                        mvc.put().uri(base + "/" + UUID.randomUUID() + "/partnership"),
                        scene.coordinator(),
                        "{\"involvement\": \"MINIMAL\"}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/api/v1/networks/no-such-network-x/organisations")
                        .with(user(scene.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult send(
            org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request,
            NestwerkUser user,
            String json) {
        return request.with(user(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }
}
