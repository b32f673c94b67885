package be.nestwerk.offer.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.offer.OfferFixtures;
import be.nestwerk.offer.OfferFixtures.Scene;
import be.nestwerk.platform.PlatformFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A coordinator uploads an HSDS file, links its organization to a partner and reads the report. */
class HsdsImportBrowserIT extends BrowserTestSupport {

    private static final By SUBMIT = By.cssSelector("main form[method=post] button[type=submit]");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void coordinatorUploadsMapsAndReadsTheReportOfAFileWithAValidAndAnInvalidService() throws Exception {
        Scene scene = OfferFixtures.scene(context);
        String partner =
                jdbc.queryForObject("select name from organisation where id = ?", String.class, scene.organisation());
        Path file = Files.createTempFile("hsds-", ".json");
        Files.writeString(file, dataset(), StandardCharsets.UTF_8);

        browser.signIn(scene.coordinator().email(), PlatformFixtures.PASSWORD);
        browser.open("/n/" + scene.network().slug() + "/offers/import/hsds");
        assertThat(browser.heading()).isEqualTo("HSDS-bestand invoeren");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations().phone();

        browser.clickAndWait(SUBMIT);
        assertThat(browser.text(By.cssSelector("main .alert-error[role=alert]")))
                .isEqualTo("Kies een bestand.");
        assertThat(browser.driver().findElement(By.id("file")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.driver()
                .findElement(By.id("file"))
                .sendKeys(file.toAbsolutePath().toString());
        new Select(browser.driver().findElement(By.id("language"))).selectByValue("nl");
        browser.clickAndWait(SUBMIT);

        assertThat(browser.heading()).isEqualTo("Organisaties koppelen");
        assertThat(browser.text(By.cssSelector("main form")))
                .contains("Speelpunt Demostad", "2 diensten in het bestand");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations().phone();
        new Select(browser.driver().findElement(By.id("organisation-0"))).selectByVisibleText(partner);
        browser.clickAndWait(SUBMIT);

        assertThat(browser.heading()).isEqualTo("Verslag van de invoer");
        assertThat(browser.text(By.cssSelector("main .alert-success[role=status]")))
                .isEqualTo("1 aangemaakt, 0 bijgewerkt, 1 afgewezen, 0 niet ingevoerd.");
        String report = browser.text(By.cssSelector("main .hsds-report"));
        assertThat(report)
                .contains("Spelotheek De Knikker", "Aangemaakt", "Kapotte dienst", "Afgewezen")
                .contains("/1/status")
                .contains("Plaats 'Zwembad' is overgeslagen: postcode 7000 ligt niet in Vlaanderen of Brussel.");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        browser.phone().open("/n/" + scene.network().slug() + "/offers/import/hsds?lang=fr");
        assertThat(browser.heading()).isEqualTo("Importer un fichier HSDS");
        browser.assertNoAccessibilityViolations();
        Files.delete(file);
    }

    private static String dataset() {
        return """
                {"id": "4e3d2c1b-0a9f-4e8d-8c7b-6a5f4e3d2c1b", "name": "Speelpunt Demostad", "description": "Buurtwerking",
                 "website": "https://speelpunt.example.org",
                 "services": [
                   {"id": "7c6b5a49-3827-4165-9504-f3e2d1c0b9a8", "name": "Spelotheek De Knikker", "status": "active",
                    "description": "Speelgoed lenen voor kinderen tot 12 jaar.", "email": "knikker@example.org",
                    "service_at_locations": [
                      {"id": "8d7c6b5a-4938-4276-8615-04f3e2d1c0b9",
                       "location": {"id": "9e8d7c6b-5a49-4387-9726-15f4e3d2c1b0", "location_type": "physical",
                                    "name": "Buurthuis",
                                    "addresses": [{"id": "af9e8d7c-6b5a-4498-8837-26f5e4d3c2b1",
                                                   "address_1": "Nekkerspoel 12", "city": "Mechelen",
                                                   "state_province": "Antwerpen", "postal_code": "2800",
                                                   "country": "BE", "address_type": "physical"}]}},
                      {"id": "b0af9e8d-7c6b-45a9-9948-37f6e5d4c3b2",
                       "location": {"id": "c1b0af9e-8d7c-46ba-aa59-48f7e6d5c4b3", "location_type": "physical",
                                    "name": "Zwembad",
                                    "addresses": [{"id": "d2c1b0af-9e8d-47cb-bb6a-59f8e7d6c5b4",
                                                   "address_1": "Rue du Bois 3", "city": "Mons",
                                                   "state_province": "Hainaut", "postal_code": "7000",
                                                   "country": "BE", "address_type": "physical"}]}}]},
                   {"id": "e3d2c1b0-af9e-48dc-8c7b-6a09f8e7d6c5", "name": "Kapotte dienst", "status": "open"}
                 ]}
                """;
    }
}
