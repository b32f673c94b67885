package be.nestwerk.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.Role;
import java.net.URI;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@NestwerkIntegrationTest
class PartnerPagesIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    PartnerFixtures.Scene scene;
    String base;

    @BeforeEach
    void setUp() {
        scene = PartnerFixtures.scene(context);
        base = "/n/" + scene.network().slug() + "/partners";
    }

    @Test
    void coordinatorAddsAPartnerWithItsCommitment() {
        String name = PartnerFixtures.unique("Bibliotheek Testdorp");
        MvcTestResult result = mvc.post()
                .uri(base)
                .with(user(scene.coordinator()))
                .with(csrf())
                .param("organisation.name", name)
                .param("organisation.actorType", "LIBRARY")
                .param("organisation.website", "www.bib-testdorp.be")
                .param("organisation.postcode", "2800")
                .param("partnership.involvement", "CORE_PARTNER")
                .param("partnership.inputPremises", "Leeszaal op woensdagnamiddag")
                .param("partnership.expectations", "Bekendmaking van de voorleesuurtjes")
                .param("partnership.essentialFunctions", "MEETING_AND_SOCIAL_COHESION", "PLAY_LEISURE_CULTURE_SPORT")
                .param("partnership.reviewDate", "2027-06-30")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith(base + "/");
        assertThat(mvc.get().uri(location).with(user(scene.volunteer())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        name,
                        "Bibliotheek",
                        "https://www.bib-testdorp.be",
                        "Kernpartner",
                        "Leeszaal op woensdagnamiddag",
                        "Bekendmaking van de voorleesuurtjes",
                        "Ontmoeting en versterken van de sociale cohesie",
                        "30/06/2027");
    }

    @Test
    void coordinatorChangesAPartnerAndTheHistoryShowsWhoWhenAndWhatChanged() {
        String renamed = PartnerFixtures.unique("Hernoemde school");
        MvcTestResult result =
                postEdit(scene.coordinator(), scene.otherOrganisation(), renamed, "SCHOOL", "CORE_PARTNER");
        assertThat(result).hasStatus(HttpStatus.FOUND);

        String occurredOn = jdbc.queryForObject(
                "select to_char(max(occurred_at) at time zone 'Europe/Brussels', 'DD/MM/YYYY') from audit_event"
                        + " where entity_type = 'Partnership' and network_id = ?",
                String.class,
                scene.network().id());
        String page = text(mvc.get()
                .uri(base + "/" + scene.otherOrganisation())
                .with(user(scene.professional()))
                .exchange()
                .getResponse());
        assertThat(page)
                .contains("Organisatie gewijzigd", "Partnerschap gewijzigd")
                .contains("door " + scene.coordinator().displayName())
                .contains("op " + occurredOn)
                .contains("Naam: Andere partner")
                .contains("werd " + renamed)
                .contains("Betrokkenheid: Minimaal werd Kernpartner")
                .contains("Eigen inbreng: expertise: — werd Vertelkoffers")
                .contains("Herbekijken op: — werd 30/06/2027");
    }

    @Test
    void anUnchangedSaveAddsNoHistory() {
        postEdit(scene.coordinator(), scene.otherOrganisation(), null, "SCHOOL", "MINIMAL");
        long before = historyCount();
        postEdit(scene.coordinator(), scene.otherOrganisation(), null, "SCHOOL", "MINIMAL");
        assertThat(historyCount()).isEqualTo(before);
    }

    @Test
    void partnerAdminEditsTheirOwnOrganisationAndCommitment() {
        assertThat(mvc.get().uri(base + "/" + scene.ownOrganisation() + "/edit").with(user(scene.partnerAdmin())))
                .hasStatusOk()
                .bodyText()
                .contains("Alleen de coördinator van het netwerk legt de betrokkenheid vast.");

        assertThat(postEdit(scene.partnerAdmin(), scene.ownOrganisation(), null, "LIBRARY", "AVERAGE"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.queryForObject(
                        "select input_expertise from partnership where organisation_id = ?",
                        String.class,
                        scene.ownOrganisation()))
                .isEqualTo("Vertelkoffers");
    }

    @Test
    void partnerAdminEditsTheirOrganisationBeforeTheCoordinatorRecordedThePartnership() {
        UUID organisation = PartnerFixtures.organisation(
                jdbc, scene.network().id(), PartnerFixtures.unique("Nog zonder partnerschap"), ActorType.POLICE);
        NestwerkUser admin = PartnerFixtures.member(context, scene.network().id(), organisation, Role.PARTNER_ADMIN);
        assertThat(mvc.get().uri(base + "/" + organisation + "/edit").with(user(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("Het partnerschap met deze organisatie is nog niet vastgelegd.")
                .doesNotContain("partnership.inputExpertise");

        String renamed = PartnerFixtures.unique("Lokale politie");
        assertThat(mvc.post()
                        .uri(base + "/" + organisation + "/edit")
                        .with(user(admin))
                        .with(csrf())
                        .param("organisation.name", renamed)
                        .param("organisation.actorType", "POLICE"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.queryForObject("select name from organisation where id = ?", String.class, organisation))
                .isEqualTo(renamed);
        assertThat(jdbc.queryForObject(
                        "select count(*) from partnership where organisation_id = ?", Long.class, organisation))
                .isZero();
    }

    @Test
    void partnerAdminMayNotChangeAnotherOrganisation() {
        assertThat(mvc.get()
                        .uri(base + "/" + scene.otherOrganisation() + "/edit")
                        .with(user(scene.partnerAdmin())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(postEdit(scene.partnerAdmin(), scene.otherOrganisation(), null, "SCHOOL", "MINIMAL"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void partnerAdminMayNotChangeTheirOwnInvolvement() {
        assertThat(postEdit(scene.partnerAdmin(), scene.ownOrganisation(), null, "LIBRARY", "CORE_PARTNER"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject(
                        "select involvement from partnership where organisation_id = ?",
                        String.class,
                        scene.ownOrganisation()))
                .isEqualTo("AVERAGE");
    }

    @Test
    void partnerAdminMayNotAddPartners() {
        assertThat(mvc.get().uri(base + "/new").with(user(scene.partnerAdmin())))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"PROFESSIONAL", "VOLUNTEER"})
    void professionalsAndVolunteersOnlyRead(Role role) {
        NestwerkUser reader = scene.inRole(role);
        assertThat(mvc.get().uri(base).with(user(reader))).hasStatusOk();
        assertThat(mvc.get().uri(base + "/" + scene.ownOrganisation()).with(user(reader)))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("/edit");
        assertThat(mvc.get().uri(base + "/new").with(user(reader))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(base + "/" + scene.ownOrganisation() + "/edit").with(user(reader)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(postEdit(reader, scene.ownOrganisation(), null, "LIBRARY", "AVERAGE"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri(base)
                        .with(user(reader))
                        .with(csrf())
                        .param("organisation.name", PartnerFixtures.unique("Poging"))
                        .param("organisation.actorType", "POLICE")
                        .param("partnership.involvement", "MINIMAL"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aMemberOfAnotherNetworkSeesNothingOfThisNetwork() {
        NestwerkUser outsider = scene.foreignCoordinator();
        assertThat(mvc.get().uri(base).with(user(outsider))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(base + "/" + scene.ownOrganisation()).with(user(outsider)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(postEdit(outsider, scene.ownOrganisation(), null, "LIBRARY", "AVERAGE"))
                .hasStatus(HttpStatus.FORBIDDEN);
        String foreignBase = "/n/" + scene.foreignNetwork().slug() + "/partners";
        assertThat(mvc.get().uri(foreignBase + "/" + scene.ownOrganisation()).with(user(outsider)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri(foreignBase + "/" + scene.ownOrganisation() + "/edit")
                        .with(user(outsider)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(foreignBase).with(user(outsider)))
                .hasStatusOk()
                .bodyText()
                .contains("Vreemde partner")
                .doesNotContain("Eigen partner", "Andere partner");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        assertThat(mvc.get().uri(base)).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void unknownPartnersAndNetworksAreNotFound() {
        assertThat(mvc.get().uri(base + "/" + UUID.randomUUID()).with(user(scene.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .contains("Deze pagina of dit gegeven bestaat niet");
        assertThat(mvc.get().uri(base + "/not-a-uuid").with(user(scene.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/n/no-such-network-x/partners").with(user(scene.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void listFiltersByActorTypeAndInvolvement() {
        assertThat(mvc.get().uri(base + "?actorType=SCHOOL").with(user(scene.volunteer())))
                .hasStatusOk()
                .bodyText()
                .contains("Andere partner")
                .doesNotContain("Eigen partner");
        assertThat(mvc.get().uri(base + "?involvement=AVERAGE").with(user(scene.volunteer())))
                .hasStatusOk()
                .bodyText()
                .contains("Eigen partner")
                .doesNotContain("Andere partner");
        assertThat(mvc.get().uri(base + "?actorType=ROCKETS").with(user(scene.volunteer())))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void listPagesAndKeepsTheFilterOnEveryPage() throws Exception {
        String prefix = PartnerFixtures.unique("Paginatest");
        for (int i = 10; i < 37; i++) {
            PartnerFixtures.partner(
                    jdbc, scene.network().id(), prefix + " " + i, ActorType.SPORTS_CLUBS, Involvement.MINIMAL);
        }
        MvcTestResult first = mvc.get()
                .uri(base)
                .param("q", prefix)
                .param("actorType", "SPORTS_CLUBS")
                .with(user(scene.volunteer()))
                .exchange();
        assertThat(first)
                .hasStatusOk()
                .bodyText()
                .contains("Pagina 1 van 2", prefix + " 34")
                .doesNotContain(prefix + " 35");

        Matcher next = Pattern.compile("href=\"([^\"]*)\" rel=\"next\"")
                .matcher(first.getResponse().getContentAsString());
        assertThat(next.find()).isTrue();
        assertThat(mvc.get()
                        .uri(URI.create(next.group(1).replace("&amp;", "&")))
                        .with(user(scene.volunteer())))
                .hasStatusOk()
                .bodyText()
                .contains("Pagina 2 van 2", prefix + " 35", prefix + " 36")
                .doesNotContain(prefix + " 34");
    }

    @Test
    void refusesAPartnerWithoutNameOrWithAnUnknownActorTypeWithTranslatedMessages() {
        assertThat(mvc.post()
                        .uri(base)
                        .with(user(scene.coordinator()))
                        .with(csrf())
                        .param("organisation.name", " ")
                        .param("organisation.actorType", "ROCKETS")
                        .param("partnership.involvement", "MINIMAL"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Vul dit veld in.", "Kies een actortype uit de lijst.");
        assertThat(mvc.post()
                        .uri(base + "?lang=fr")
                        .with(user(scene.coordinator()))
                        .with(csrf())
                        .param("organisation.name", "")
                        .param("organisation.actorType", "OTHER")
                        .param("partnership.involvement", "MINIMAL"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Veuillez remplir ce champ.", "Indiquez le groupe professionnel ou une description");
    }

    @Test
    void refusesAReviewDateInAWrongFormat() {
        assertThat(mvc.post()
                        .uri(base)
                        .with(user(scene.coordinator()))
                        .with(csrf())
                        .param("organisation.name", PartnerFixtures.unique("Datumtest"))
                        .param("organisation.actorType", "POLICE")
                        .param("partnership.involvement", "MINIMAL")
                        .param("partnership.reviewDate", "31-13-2027"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Geef een geldige datum");
    }

    @Test
    void refusesASecondPartnerWithTheSameName() {
        String existing = jdbc.queryForObject(
                "select name from organisation where id = ?", String.class, scene.ownOrganisation());
        assertThat(mvc.post()
                        .uri(base)
                        .with(user(scene.coordinator()))
                        .with(csrf())
                        .param("organisation.name", existing.toUpperCase())
                        .param("organisation.actorType", "LIBRARY")
                        .param("partnership.involvement", "MINIMAL"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("Het netwerk heeft al een partner met de naam");
    }

    @Test
    void refusesToOverwriteAChangeMadeInTheMeantime() {
        assertThat(mvc.post()
                        .uri(base + "/" + scene.otherOrganisation() + "/edit")
                        .with(user(scene.coordinator()))
                        .with(csrf())
                        .param("organisationVersion", "41")
                        .param("organisation.name", PartnerFixtures.unique("Oud"))
                        .param("organisation.actorType", "SCHOOL")
                        .param("partnership.involvement", "MINIMAL"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("Iemand anders heeft deze partner intussen gewijzigd.");
    }

    private MvcTestResult postEdit(
            NestwerkUser user, UUID organisationId, String name, String actorType, String involvement) {
        String currentName =
                jdbc.queryForObject("select name from organisation where id = ?", String.class, organisationId);
        return mvc.post()
                .uri(base + "/" + organisationId + "/edit")
                .with(user(user))
                .with(csrf())
                .param("organisation.name", name == null ? currentName : name)
                .param("organisation.actorType", actorType)
                .param("partnership.involvement", involvement)
                .param("partnership.inputExpertise", "Vertelkoffers")
                .param("partnership.reviewDate", "2027-06-30")
                .exchange();
    }

    private long historyCount() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where network_id = ? and entity_type in ('Organisation', 'Partnership')",
                Long.class,
                scene.network().id());
    }

    private static String text(org.springframework.mock.web.MockHttpServletResponse response) {
        try {
            return response.getContentAsString()
                    .replaceAll("<[^>]+>", " ")
                    .replace("&#39;", "'")
                    .replaceAll("\\s+", " ");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
