package be.nestwerk.family;

import static be.nestwerk.platform.security.SecondFactorFixtures.provedAs;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.family.FamilyFixtures.Scene;
import be.nestwerk.platform.pdf.DocumentText;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@NestwerkIntegrationTest
class FamilyExportIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFamilyGetsEverythingAboutItAndWhoSawItAsJsonAndAsAReadablePdf() throws Exception {
        Scene scene = FamilyFixtures.scene(context);
        UUID id = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Familie Vandenberghe"));
        String base = "/n/" + scene.network().slug() + "/families/" + id;

        assertThat(mvc.get().uri(base + "/export.json").with(provedAs(scene.professional())))
                .hasStatusOk()
                .bodyText()
                .contains("Familie Vandenberghe", "Mama Familie Vandenberghe", "Lina", "FAMILY_REGISTERED");

        MvcTestResult pdf = mvc.get()
                .uri(base + "/export.pdf?lang=en")
                .with(provedAs(scene.professional()))
                .exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Your data at the Huis van het Kind", "Familie Vandenberghe", "Family registered");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_id = ? and purpose = 'ACCESS_REQUEST'",
                        Long.class,
                        id.toString()))
                .as("each export is itself in the log")
                .isGreaterThanOrEqualTo(2);
        assertThat(mvc.get().uri(base + "/export.json").with(provedAs(scene.otherProfessional())))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anArabicSpeakingFamilyGetsItsOverviewInArabicFromRightToLeft() throws Exception {
        Scene scene = FamilyFixtures.scene(context);
        NewFamily family = FamilyFixtures.family("Familie Haddad");
        UUID id = FamilyFixtures.registered(
                context,
                scene,
                new NewFamily(
                        family.name(),
                        family.pseudonym(),
                        family.contactRoute(),
                        family.postcode(),
                        List.of("ber", "ar", "nl"),
                        family.interpreterNeeded(),
                        family.legalBasis(),
                        family.members(),
                        family.children()));

        MvcTestResult pdf = mvc.get()
                .uri("/n/" + scene.network().slug() + "/families/" + id + "/export.pdf")
                .with(provedAs(scene.professional()))
                .exchange();

        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            String text = DocumentText.of(document);
            assertThat(text)
                    .as("the labels in Arabic, the family's own words as written, the home languages named in Arabic")
                    .contains(
                            DocumentText.label("ar", "family.field.languages"),
                            DocumentText.label("ar", "audit.action.FAMILY_REGISTERED"))
                    .contains("Familie Haddad", "Lina")
                    .contains(Locale.forLanguageTag("nl").getDisplayLanguage(Locale.forLanguageTag("ar")))
                    .doesNotContain("Uw gegevens", "Gezin geregistreerd");
            assertThat(DocumentText.fonts(document)).anyMatch(font -> font.contains("DejaVuSans"));
        }
    }
}
