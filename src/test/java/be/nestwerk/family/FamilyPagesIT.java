package be.nestwerk.family;

import static be.nestwerk.platform.security.SecondFactorFixtures.provedAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.family.FamilyFixtures.Scene;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@NestwerkIntegrationTest
class FamilyPagesIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    Scene scene;
    String base;

    @BeforeEach
    void scene() {
        scene = FamilyFixtures.scene(context);
        base = "/n/" + scene.network().slug() + "/families";
    }

    @Test
    void aProfessionalRegistersAFamilyAndLandsOnItsFile() {
        MvcTestResult result = mvc.post()
                .uri(base + "/new")
                .with(provedAs(scene.professional()))
                .with(csrf())
                .param("organisation", scene.organisation().toString())
                .param("name", "Familie Vermeulen")
                .param("contactRoute", "Bellen na 17 uur")
                .param("postcode", "2800")
                .param("languages", "nl, tr")
                .param("legalBasis", "PUBLIC_TASK")
                .param("memberName", "Ayse Vermeulen")
                .param("memberRelation", "PARENT")
                .param("children[0].firstName", "Emir")
                .param("children[0].birthDate", LocalDate.now().minusYears(3).toString())
                .param("children[1].birthDate", LocalDate.now().plusMonths(2).toString())
                .param("children[1].expected", "true")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND);
        String file = result.getResponse().getRedirectedUrl();
        assertThat(file).startsWith(base + "/");
        assertThat(mvc.get().uri(file).with(provedAs(scene.professional())))
                .hasStatusOk()
                .bodyText()
                .contains("Familie Vermeulen", "Bellen na 17 uur", "Emir", "nl, tr", "Taak van algemeen belang");
        assertThat(mvc.get().uri(base).with(provedAs(scene.professional())))
                .hasStatusOk()
                .bodyText()
                .contains("Familie Vermeulen");
    }

    @Test
    void badInputComesBackTranslatedWithA400() {
        assertThat(mvc.post()
                        .uri(base + "/new")
                        .with(provedAs(scene.professional()))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("organisation", scene.organisation().toString())
                        .param("name", "")
                        .param("postcode", "9999")
                        .param("legalBasis", "WHIM")
                        .param("memberName", "Jo")
                        .param("children[0].birthDate", "31/02/2020"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Choose from the list.", "Give a date as yyyy-mm-dd.");
        assertThat(mvc.post()
                        .uri(base + "/new")
                        .with(provedAs(scene.professional()))
                        .with(csrf())
                        .param("organisation", scene.organisation().toString())
                        .param("name", "")
                        .param("postcode", "9999")
                        .param("legalBasis", "CONSENT")
                        .param("memberName", "Jo"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Geef een naam of een schuilnaam", "Postcode 9999 ligt niet in Vlaanderen of Brussel.");
    }

    @Test
    void possibleDuplicatesAreShownBeforeANewFamilyIsRegistered() {
        FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Aerts"));

        assertThat(mvc.post()
                        .uri(base + "/new")
                        .with(provedAs(scene.professional()))
                        .with(csrf())
                        .param("organisation", scene.organisation().toString())
                        .param("name", "familie aerts")
                        .param("legalBasis", "CONSENT")
                        .param("memberName", "Papa Aerts"))
                .hasStatusOk()
                .bodyText()
                .contains("Bestaat dit gezin al?", "Familie Aerts", "Toch een nieuw gezin registreren");
        assertThat(jdbc.queryForObject(
                        "select count(*) from family where network_id = ? and lower(name) = 'familie aerts'",
                        Long.class,
                        scene.network().id()))
                .isEqualTo(1);
    }

    @Test
    void consentRecordedOnTheFileOpensTheFamilyToThePartnerAndRevokingClosesIt() {
        UUID id = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Goossens"));
        UUID member = jdbc.queryForObject("select id from family_member where family_id = ?", UUID.class, id);
        assertThat(mvc.get().uri(base + "/" + id).with(provedAs(scene.otherProfessional())))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(mvc.post()
                        .uri(base + "/" + id + "/consents")
                        .with(provedAs(scene.professional()))
                        .with(csrf())
                        .param("givenBy", member.toString())
                        .param("organisation", scene.otherOrganisation().toString())
                        .param("purpose", "REFERRAL")
                        .param("form", "WRITTEN")
                        .param("recordedFor", scene.organisation().toString())
                        .param("validUntil", LocalDate.now().plusMonths(3).toString()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri(base + "/" + id).with(provedAs(scene.otherProfessional())))
                .hasStatusOk()
                .bodyText()
                .contains("Familie Goossens", "Geldig");

        UUID consent = jdbc.queryForObject("select id from consent where family_id = ?", UUID.class, id);
        assertThat(mvc.post()
                        .uri(base + "/" + id + "/consents/" + consent + "/revoke")
                        .with(provedAs(scene.professional()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri(base + "/" + id).with(provedAs(scene.otherProfessional())))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aConsentBeyondThreeYearsIsRefusedOnThePage() {
        UUID id = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Jacobs"));
        UUID member = jdbc.queryForObject("select id from family_member where family_id = ?", UUID.class, id);

        assertThat(mvc.post()
                        .uri(base + "/" + id + "/consents")
                        .with(provedAs(scene.professional()))
                        .with(csrf())
                        .param("givenBy", member.toString())
                        .param("purpose", "REFERRAL")
                        .param("form", "VERBAL")
                        .param("recordedFor", scene.organisation().toString())
                        .param("validUntil", LocalDate.now().plusYears(4).toString()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Een toestemming geldt vanaf vandaag en hoogstens 3 jaar.");
    }

    @Test
    void theComingTransitionsOfTheChildrenOneMaySeeAreListedSoonestFirst() {
        FamilyFixtures.registered(context, scene, withAToddler("Familie Peeters-Instap", "Noor"));

        assertThat(mvc.get().uri(base + "/transitions").with(provedAs(scene.professional())))
                .hasStatusOk()
                .bodyText()
                .contains("Komende overgangen", "Noor", "Familie Peeters-Instap", "Instap in de kleuterschool");
        assertThat(mvc.get().uri(base + "/transitions").with(provedAs(scene.otherProfessional())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Familie Peeters-Instap");
        assertThat(mvc.get().uri(base + "/transitions").with(provedAs(scene.volunteer())))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(mvc.get()
                        .uri(base + "/transitions")
                        .param("kind", "SCHOOL_ENTRY")
                        .with(provedAs(scene.professional())))
                .bodyText()
                .contains("Familie Peeters-Instap", "transition=SCHOOL_ENTRY", "Warm doorverwijzen");
        assertThat(mvc.get()
                        .uri(base + "/transitions")
                        .param("kind", "PRIMARY_SCHOOL")
                        .with(provedAs(scene.professional())))
                .bodyText()
                .doesNotContain("Familie Peeters-Instap");
        assertThat(mvc.get()
                        .uri(base + "/transitions")
                        .param("kind", "UNIVERSITY")
                        .with(provedAs(scene.professional())))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theComingTransitionsPageThroughAllOfThemWithTheTotalInTheCaption() throws Exception {
        int families = FamilyPagesController.PAGE_SIZE + 2;
        for (int i = 0; i < families; i++) {
            FamilyFixtures.registered(context, scene, withAToddler("Familie Overgang " + i, null));
        }

        String first = mvc.get()
                .uri(base + "/transitions?kind=SCHOOL_ENTRY")
                .with(provedAs(scene.professional()))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String second = mvc.get()
                .uri(base + "/transitions?kind=SCHOOL_ENTRY&page=1")
                .with(provedAs(scene.professional()))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(first).contains(families + " komende overgangen", "kind=SCHOOL_ENTRY&amp;page=1");
        assertThat(rows(first)).isEqualTo(FamilyPagesController.PAGE_SIZE);
        assertThat(rows(second)).isEqualTo(2);
    }

    /** A family whose child of 2 years and 4 months enters school within the coming six months. */
    private static NewFamily withAToddler(String name, @Nullable String child) {
        return new NewFamily(
                name,
                false,
                null,
                "2800",
                java.util.List.of("nl"),
                false,
                LegalBasis.CONSENT,
                java.util.List.of(new NewFamily.Member("Papa", MemberRelation.PARENT)),
                java.util.List.of(new NewFamily.NewChild(
                        child, LocalDate.now().minusYears(2).minusMonths(4), false)));
    }

    private static int rows(String page) {
        return org.jsoup.Jsoup.parse(page).select("main table tbody tr").size();
    }

    @Test
    void aProfessionalCorrectsTheFamilysDataAndTheCorrectionIsAudited() {
        UUID id = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Verhoeven"));
        String edit = base + "/" + id + "/edit";
        assertThat(mvc.get().uri(edit).with(provedAs(scene.professional())))
                .hasStatusOk()
                .bodyText()
                .contains("Familie Verhoeven", "Via de school");

        assertThat(mvc.post()
                        .uri(edit)
                        .with(provedAs(scene.professional()))
                        .with(csrf())
                        .param("name", "Familie Verhoeven-De Smet")
                        .param("contactRoute", "Enkel per sms")
                        .param("postcode", "2000")
                        .param("languages", "nl")
                        .param("legalBasis", "CONSENT"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri(base + "/" + id).with(provedAs(scene.professional())))
                .bodyText()
                .contains("Familie Verhoeven-De Smet", "Enkel per sms", "2000");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'FAMILY_RECTIFIED' and entity_id = ?",
                        Long.class,
                        id.toString()))
                .isEqualTo(1);
        assertThat(mvc.post()
                        .uri(edit)
                        .with(provedAs(scene.professional()))
                        .with(csrf())
                        .param("name", "")
                        .param("legalBasis", "CONSENT"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Geef een naam of een schuilnaam");
    }

    @Test
    void familyPagesAskForTheSecondFactorFirst() {
        assertThat(
                        mvc.get()
                                .uri(base)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(scene.professional())))
                .hasStatus(HttpStatus.SEE_OTHER)
                .redirectedUrl()
                .startsWith("/account/two-factor?continue=");
    }

    @Test
    void theCoordinatorFindsEveryReadOfAFamilyWithItsPurposeInTheAuditLog() {
        UUID id = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Audit"));
        assertThat(mvc.get().uri(base + "/" + id).with(provedAs(scene.professional())))
                .hasStatusOk();

        assertThat(mvc.get()
                        .uri("/n/" + scene.network().slug() + "/audit?record=" + id)
                        .with(provedAs(scene.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains("Gezin geregistreerd", "Gezinsdossier gelezen", "doel: FAMILY_FILE");
        assertThat(mvc.get()
                        .uri("/n/" + scene.network().slug() + "/audit?record=not-an-id")
                        .with(provedAs(scene.coordinator())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Geef een id zoals het in de adresbalk");
    }

    @Test
    void aChildIsAddedToARegisteredFamilyAndAnImplausibleDateIsRefused() {
        UUID id = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Kind"));
        String children = base + "/" + id + "/children";

        assertThat(mvc.post()
                        .uri(children)
                        .with(provedAs(scene.professional()))
                        .with(csrf())
                        .param("birthDate", LocalDate.now().plusMonths(4).toString())
                        .param("expected", "true"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.queryForObject("select count(*) from child where family_id = ?", Long.class, id))
                .isEqualTo(2);
        assertThat(mvc.post()
                        .uri(children)
                        .with(provedAs(scene.professional()))
                        .with(csrf())
                        .param("firstName", "Te oud")
                        .param("birthDate", LocalDate.now().minusYears(30).toString()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Een geboortedatum ligt in het verleden en hoogstens 24 jaar terug.");
        assertThat(mvc.post()
                        .uri(children)
                        .with(provedAs(scene.professional()))
                        .with(csrf())
                        .param("birthDate", "morgen"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Geef een datum als jjjj-mm-dd.");
    }
}
