package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.offer.OfferFixtures.Scene;
import be.nestwerk.platform.security.NestwerkUser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@NestwerkIntegrationTest
class CsvOfferImportIT {

    /** Two valid rows (a service and an activity) around a row whose postcode is not one. */
    static final String MIXED = "\uFEFFname_nl;kind;languages;place_postcode;opening_hours;session_date;session_start;"
            + "session_end;session_rrule\r\n"
            + "Opvoedingswinkel spreekuur;SERVICE;nl|fr;2800;WE 13:00-17:00;;;;\r\n"
            + "Verkeerde postcode;SERVICE;nl;28;;;;;\r\n"
            + "Peuterzwemmen;ACTIVITY;nl;2800;;14/09/2026;09:30;10:15;FREQ=WEEKLY;COUNT=4\r\n";

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    Scene scene;
    String path;

    @BeforeEach
    void scene() {
        scene = OfferFixtures.scene(context);
        path = "/n/" + scene.network().slug() + "/offers/import";
    }

    @Test
    void allOrNothingImportsNothingWhenOneRowIsRejectedAndSaysWhyByColumn() {
        assertThat(upload(scene.writer(), scene.organisation(), MIXED, "ALL_OR_NOTHING", false))
                .hasStatusOk()
                .bodyText()
                .contains("Er is niets geïmporteerd: 1 rij klopt niet.")
                .contains(
                        "Rij 3", "Verkeerde postcode", "place_postcode", "is geen Belgische postcode van vier cijfers")
                .contains("Rij 2", "Rij 4", "Klopt, maar niet geïmporteerd omdat een andere rij niet klopt");

        assertThat(offersOf(scene.organisation())).isEmpty();
        assertThat(importAudit(scene.writer()))
                .contains("\"imported\": 0", "\"rejected\": 1", "\"notImported\": 2", "\"mode\": \"ALL_OR_NOTHING\"");
    }

    @Test
    void validRowsModeImportsTheValidRowsAsDraftsAndReportsTheOthers() {
        String report = assertThat(upload(scene.writer(), scene.organisation(), MIXED, "VALID_ROWS", false))
                .hasStatusOk()
                .bodyText()
                .contains("2 ontwerpen geïmporteerd voor", "1 rij is niet geïmporteerd")
                .contains("Rij 3", "place_postcode")
                .actual();

        Map<String, String> offers = offersOf(scene.organisation());
        assertThat(offers).containsOnlyKeys("Opvoedingswinkel spreekuur", "Peuterzwemmen");
        assertThat(offers.values()).containsOnly("DRAFT");
        offerIds(scene.organisation())
                .forEach(id ->
                        assertThat(report).contains("/n/" + scene.network().slug() + "/offers/" + id));
        assertThat(jdbc.queryForObject(
                        "select count(*) from published_offer where organisation_id = ?",
                        Integer.class,
                        scene.organisation()))
                .isZero();
    }

    @Test
    void theTemplateImportsAsItIsAndTheDraftsCanBeSubmittedForReviewAtOnce() {
        MvcTestResult template = mvc.get()
                .uri(path + "/template.csv")
                .with(user(scene.professional()))
                .exchange();
        assertThat(template)
                .hasStatusOk()
                .hasContentType("text/csv;charset=UTF-8")
                .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"nestwerk-aanbod.csv\"");
        byte[] bytes = template.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);

        assertThat(upload(scene.professional(), scene.organisation(), bytes, "ALL_OR_NOTHING", true))
                .hasStatusOk()
                .bodyText()
                .contains("2 ontwerpen geïmporteerd voor", "en ter review aangeboden");

        assertThat(offersOf(scene.organisation()))
                .containsOnlyKeys("Spreekuur opvoedingsvragen", "Babymassage")
                .containsValues("IN_REVIEW");
        assertThat(importAudit(scene.professional())).contains("\"imported\": 2", "\"submitted\": true");
    }

    @Test
    void aFileThatCannotBeImportedGetsATranslatedMessageAndA4xx() {
        assertThat(upload(scene.writer(), scene.organisation(), "", "ALL_OR_NOTHING", false))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Kies een CSV-bestand om te importeren.");
        assertThat(upload(scene.writer(), scene.organisation(), "\uFEFF\r\n", "ALL_OR_NOTHING", false))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Het bestand is leeg.");
        assertThat(upload(
                        scene.writer(),
                        scene.organisation(),
                        new byte[] {0x50, 0x4B, 3, 4, (byte) 0xFF, 0},
                        "x",
                        false))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Dit is geen CSV-bestand.");
        assertThat(upload(
                        scene.writer(),
                        scene.organisation(),
                        "name_nl;kind\nCrèche;SERVICE\n".getBytes(java.nio.charset.Charset.forName("windows-1252")),
                        "ALL_OR_NOTHING",
                        false))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Het bestand is niet in UTF-8 bewaard.");
        assertThat(upload(scene.writer(), scene.organisation(), "summary_nl;status\nA;ACTIVE\n", "VALID_ROWS", false))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Deze verplichte kolommen ontbreken: name_nl, kind.");
        assertThat(mvc.perform(
                        request(scene.writer(), scene.organisation(), "name_nl;kind\n".getBytes(StandardCharsets.UTF_8))
                                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Le fichier ne contient que des noms de colonnes et aucune offre.");
        assertThat(mvc.perform(multipart(path).with(csrf()).with(user(scene.writer()))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Kies de organisatie waarvan u het aanbod importeert.");
        assertThat(offersOf(scene.organisation())).isEmpty();
    }

    @Test
    void anOversizedUploadIsRefusedWithContentTooLarge() {
        byte[] large = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(large, (byte) 'a');

        assertThat(upload(scene.writer(), scene.organisation(), large, "ALL_OR_NOTHING", false))
                .hasStatus(HttpStatus.CONTENT_TOO_LARGE)
                .bodyText()
                .contains("Het bestand is te groot: hoogstens 2 MB.");
    }

    @Test
    void aPartnerAdminCannotImportForAnotherOrganisationNorAVolunteerAtAll() {
        assertThat(upload(scene.otherWriter(), scene.organisation(), MIXED, "VALID_ROWS", false))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(upload(scene.volunteer(), scene.organisation(), MIXED, "VALID_ROWS", false))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(upload(scene.foreignCoordinator(), scene.organisation(), MIXED, "VALID_ROWS", false))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(upload(scene.coordinator(), UUID.randomUUID(), MIXED, "VALID_ROWS", false))
                .hasStatus(HttpStatus.NOT_FOUND);

        assertThat(offersOf(scene.organisation())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ACCESS_DENIED' and actor_id = ?",
                        Integer.class,
                        scene.otherWriter().id()))
                .isOne();
    }

    @Test
    void theImportPageOffersTheOrganisationsThePersonWritesForAndDescribesTheColumns() {
        String own = organisationName(scene.organisation());
        String other = organisationName(scene.otherOrganisation());

        assertThat(mvc.get().uri(path).with(user(scene.writer())))
                .hasStatusOk()
                .bodyText()
                .contains(own, "enctype=\"multipart/form-data\"", "_csrf=", "template.csv")
                .contains("name_nl", "opening_hours", "MO 09:00-12:00|WE 13:00-17:00", "Opvoedingsondersteuning")
                .doesNotContain(other);
        assertThat(mvc.get().uri(path).with(user(scene.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(own, other);
        assertThat(mvc.get().uri(path).with(user(scene.volunteer()))).hasStatus(HttpStatus.FORBIDDEN);
    }

    private MvcTestResult upload(NestwerkUser as, UUID organisation, String csv, String mode, boolean submit) {
        return upload(as, organisation, csv.getBytes(StandardCharsets.UTF_8), mode, submit);
    }

    private MvcTestResult upload(NestwerkUser as, UUID organisation, byte[] csv, String mode, boolean submit) {
        var request = request(as, organisation, csv).param("mode", mode);
        if (submit) {
            request.param("submit", "true");
        }
        return mvc.perform(request);
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request(
            NestwerkUser as, UUID organisation, byte[] csv) {
        return multipart(path)
                .file(new MockMultipartFile("file", "aanbod.csv", "text/csv", csv))
                .param("organisation", organisation.toString())
                .with(csrf())
                .with(user(as));
    }

    /** Name → state of the working version, of the organisation's offers. */
    private Map<String, String> offersOf(UUID organisation) {
        return jdbc
                .query(
                        "select v.content -> 'texts' -> 'nl' ->> 'name' as name, v.state from offer o"
                                + " join offer_version v on v.id = o.working_version_id where o.organisation_id = ?",
                        (rs, row) -> Map.entry(rs.getString("name"), rs.getString("state")),
                        organisation)
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<UUID> offerIds(UUID organisation) {
        return jdbc.queryForList("select id from offer where organisation_id = ?", UUID.class, organisation);
    }

    private String importAudit(NestwerkUser actor) {
        return jdbc.queryForObject(
                "select after_data::text from audit_event where action = 'OFFER_IMPORTED' and actor_id = ?",
                String.class,
                actor.id());
    }

    private String organisationName(UUID organisationId) {
        return jdbc.queryForObject("select name from organisation where id = ?", String.class, organisationId);
    }
}
