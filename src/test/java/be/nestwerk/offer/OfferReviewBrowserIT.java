package be.nestwerk.offer;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.offer.OfferFixtures.Scene;
import be.nestwerk.platform.PlatformFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The coordinator's review (queue, comparison, publish, reject with a reason) and a partner's CSV import. */
class OfferReviewBrowserIT extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Autowired
    OfferCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path files;

    Scene scene;
    String base;

    @BeforeEach
    void scene() {
        scene = OfferFixtures.scene(context);
        base = "/n/" + scene.network().slug() + "/offers";
    }

    @Test
    void theCoordinatorPublishesOneOfferAndRejectsAnotherWithAReason() {
        UUID changed = OfferFixtures.published(context, scene, OfferFixtures.service("Spreekuur opvoeden"));
        actingAs(scene.writer(), () -> {
            catalogue.saveDraft(
                    scene.network().id(), changed, OfferFixtures.service("Spreekuur opvoeden en opgroeien"));
            catalogue.submit(scene.network().id(), changed);
            return null;
        });
        UUID fresh = actingAs(scene.writer(), () -> {
            UUID id = catalogue.create(
                    scene.network().id(),
                    scene.organisation(),
                    OfferFixtures.activity("Babyturnen", LocalDate.now().plusDays(7)));
            catalogue.submit(scene.network().id(), id);
            return id;
        });
        UUID stale = OfferFixtures.published(context, scene, OfferFixtures.service("Al lang niet nagekeken"));
        jdbc.update("update offer set last_reviewed_on = current_date - 400 where id = ?", stale);

        browser.signIn(scene.coordinator().email(), PlatformFixtures.PASSWORD).open(base + "/review");
        assertThat(browser.heading()).isEqualTo("Aanbod nakijken");
        assertThat(browser.text(By.tagName("main")))
                .contains("Spreekuur opvoeden en opgroeien", "Babyturnen", "Al lang niet nagekeken", "Nakijken nodig");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.linkText("Spreekuur opvoeden en opgroeien"));
        assertThat(browser.heading()).isEqualTo("Nakijken: Spreekuur opvoeden en opgroeien");
        assertThat(browser.text(By.cssSelector(".review-changes")))
                .contains("Naam (Nederlands)", "Spreekuur opvoeden", "Spreekuur opvoeden en opgroeien");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations().phone();

        browser.clickAndWait(By.cssSelector("form[action$='/publish'] button"));
        assertThat(browser.location()).isEqualTo(base + "/review");
        assertThat(browser.text(By.cssSelector("main [role=status]")))
                .isEqualTo("Gepubliceerd: Spreekuur opvoeden en opgroeien.");
        assertThat(jdbc.queryForObject("select name from published_offer where offer_id = ?", String.class, changed))
                .isEqualTo("Spreekuur opvoeden en opgroeien");

        browser.clickAndWait(By.linkText("Babyturnen"));
        assertThat(browser.text(By.tagName("main"))).contains("Dit aanbod werd nog nooit gepubliceerd");
        browser.clickAndWait(By.cssSelector("form[action$='/reject'] button"));
        assertThat(browser.text(By.id("reason-error"))).isEqualTo("Geef een reden waarom het aanbod afgewezen wordt.");
        assertThat(browser.driver().findElement(By.id("reason")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.driver().findElement(By.id("reason")).sendKeys("Vermeld voor welke leeftijd het turnen is.");
        browser.clickAndWait(By.cssSelector("form[action$='/reject'] button"));
        assertThat(browser.text(By.cssSelector("main [role=status]"))).startsWith("Afgewezen: Babyturnen.");
        assertThat(jdbc.queryForObject(
                        "select v.rejection_reason from offer o join offer_version v on v.id = o.working_version_id"
                                + " where o.id = ?",
                        String.class,
                        fresh))
                .isEqualTo("Vermeld voor welke leeftijd het turnen is.");
        assertThat(browser.text(By.tagName("main"))).doesNotContain("Babyturnen\n");
    }

    @Test
    void aPartnerImportsTheValidRowsOfASpreadsheetAndReadsWhatHappenedToEachRow() throws IOException {
        Path csv = files.resolve("aanbod.csv");
        Files.writeString(csv, CsvOfferImportIT.MIXED, StandardCharsets.UTF_8);

        browser.signIn(scene.writer().email(), PlatformFixtures.PASSWORD).open(base + "/import");
        assertThat(browser.heading()).isEqualTo("Aanbod importeren uit een rekenblad");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.driver().findElement(By.id("file")).sendKeys(csv.toString());
        browser.driver().findElement(By.id("mode-VALID_ROWS")).click();
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));

        assertThat(browser.heading()).isEqualTo("Verslag van de import");
        assertThat(browser.text(By.tagName("main")))
                .contains("2 ontwerpen geïmporteerd voor", "1 rij is niet geïmporteerd omdat ze niet kloppen.")
                .contains(
                        "Rij 3: Verkeerde postcode",
                        "place_postcode: '28' is geen Belgische postcode van vier cijfers.")
                .contains("Ontwerp openen: Peuterzwemmen");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        assertThat(jdbc.queryForObject(
                        "select count(*) from offer where organisation_id = ?", Integer.class, scene.organisation()))
                .isEqualTo(2);
    }

    @Test
    void anOversizedUploadGetsATranslatedMessageFromTheRealServer() throws IOException {
        Path large = files.resolve("groot.csv");
        Files.write(large, new byte[2 * 1024 * 1024 + 200_000]);

        browser.signIn(scene.writer().email(), PlatformFixtures.PASSWORD).open(base + "/import");
        browser.driver().findElement(By.id("file")).sendKeys(large.toString());
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));

        assertThat(browser.text(By.tagName("main"))).contains("Het bestand is te groot: hoogstens 2 MB.");
        browser.assertNoAccessibilityViolations();
        assertThat(jdbc.queryForObject(
                        "select count(*) from offer where organisation_id = ?", Integer.class, scene.organisation()))
                .isZero();
    }
}
