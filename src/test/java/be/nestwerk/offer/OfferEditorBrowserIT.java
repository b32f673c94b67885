package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.offer.OfferFixtures.Scene;
import be.nestwerk.platform.PlatformFixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The partners' offer editor in Chromium: no JavaScript of ours, keyboard-reachable controls, 0 axe violations. */
class OfferEditorBrowserIT extends BrowserTestSupport {

    private static final String MECHELEN = "/n/huis-van-het-kind-mechelen-fictief/offers";
    private static final By SAVE = By.cssSelector("main form button.button[value=save]");
    private static final By SUMMARY = By.cssSelector("main .error-summary[role=alert]");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    private final List<UUID> created = new ArrayList<>();

    @AfterEach
    void removeTheOffersMadeHere() {
        // the demo network is shared by every test: leave it as it was
        for (UUID offer : created) {
            jdbc.update("delete from published_offer where offer_id = ?", offer);
            jdbc.update("update offer set published_version_id = null, working_version_id = null where id = ?", offer);
            jdbc.update("delete from offer_version where offer_id = ?", offer);
            jdbc.update("delete from offer where id = ?", offer);
        }
    }

    @Test
    void aPartnerCreatesAnActivityWithATranslationAPlaceAndAWeeklySessionAndSubmitsIt() {
        browser.signIn("partner@mechelen.example.org", "Nestwerk-demo-2026");
        browser.open(MECHELEN);
        assertThat(browser.heading()).isEqualTo("Aanbod");
        assertThat(browser.text(By.cssSelector("main table"))).contains("Babymassage voor ouders en baby's");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        browser.phone().clickAndWait(By.linkText("Nieuw aanbod"));
        assertThat(browser.heading()).isEqualTo("Nieuw aanbod");
        // Enter in a field saves (the hidden first button), it does not add a translation
        pressEnterAndWait(By.id("texts-0-name"));
        assertThat(browser.text(SUMMARY))
                .contains("Er is een probleem", "Nederlands, Naam: Geef het aanbod een naam in het Nederlands.");
        assertThat(browser.driver().findElement(By.id("texts-0-name")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.has(By.id("texts-1-name"))).isFalse();
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        String name = PlatformFixtures.unique("Voorlezen in de buurt");
        fill(By.id("texts-0-name"), name);
        browser.phone().driver().findElement(By.id("kind-ACTIVITY")).click();
        new Select(browser.driver().findElement(By.id("newLanguage"))).selectByVisibleText("English");
        browser.clickAndWait(By.cssSelector("main button[value=add-translation]"));
        fill(By.id("texts-1-name"), "Reading together in the neighbourhood");
        assertThat(browser.driver().findElement(By.id("texts-0-name")).getDomProperty("value"))
                .isEqualTo(name);

        browser.clickAndWait(By.cssSelector("main button[value=add-place]"));
        fill(By.id("places-0-name"), "Buurthuis De Vlinder");
        fill(By.id("places-0-postcode"), "2800");
        browser.clickAndWait(By.cssSelector("main button[value=add-session]"));
        new Select(browser.driver().findElement(By.id("sessions-0-place"))).selectByVisibleText("Buurthuis De Vlinder");
        LocalDate first = LocalDate.now().plusDays(7);
        // date and time pickers take their typing order from the browser's own locale; the value is what they submit
        setValue(By.id("sessions-0-date"), first.toString());
        setValue(By.id("sessions-0-starts"), "14:00");
        setValue(By.id("sessions-0-ends"), "15:00");
        new Select(browser.driver().findElement(By.id("sessions-0-repeat"))).selectByVisibleText("Elke week");
        fill(By.id("sessions-0-count"), "6");
        fill(By.id("sessions-0-capacity"), "12");
        browser.driver().findElement(By.id("languages-en")).click();
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(SAVE);
        assertThat(browser.location()).matches(MECHELEN + "/[0-9a-f-]{36}");
        UUID id = UUID.fromString(browser.location().substring(MECHELEN.length() + 1));
        created.add(id);
        assertThat(browser.heading()).isEqualTo(name);
        assertThat(browser.text(By.tagName("main")))
                .contains(
                        "Het aanbod is aangemaakt als ontwerp.",
                        "Ontwerp",
                        "Reading together in the neighbourhood",
                        "Buurthuis De Vlinder",
                        "Elke week",
                        "6 keer");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        browser.phone().clickAndWait(By.cssSelector("main form[action$='/submit'] button"));
        assertThat(browser.text(By.cssSelector("main .alert-success[role=status]")))
                .isEqualTo("Het aanbod is ter review aangeboden. De coördinator kijkt het na.");
        assertThat(jdbc.queryForObject(
                        "select v.state from offer o join offer_version v on v.id = o.working_version_id"
                                + " where o.id = ?",
                        String.class,
                        id))
                .isEqualTo("IN_REVIEW");
        assertThat(jdbc.queryForObject(
                        "select v.content -> 'sessions' -> 0 ->> 'recurrence' from offer o"
                                + " join offer_version v on v.id = o.working_version_id where o.id = ?",
                        String.class,
                        id))
                .startsWith("FREQ=WEEKLY;BYDAY=")
                .endsWith(";COUNT=6");

        browser.clickAndWait(By.linkText("Terug naar het aanbod"));
        assertThat(browser.text(By.cssSelector("main table"))).contains(name);
    }

    @Test
    void theOwnerKeepsThePlacesLeftOfAnUpcomingSessionUpToDate() {
        Scene scene = OfferFixtures.scene(context);
        UUID id = OfferFixtures.published(
                context,
                scene,
                OfferFixtures.activity("Kleuterzwemmen", LocalDate.now().plusDays(1)));
        browser.signIn(scene.writer().email(), PlatformFixtures.PASSWORD);
        browser.open("/n/" + scene.network().slug() + "/offers/" + id);
        assertThat(browser.heading()).isEqualTo("Kleuterzwemmen");
        assertThat(browser.text(By.tagName("main"))).contains("Gepubliceerd", "Vrije plaatsen van de komende sessies");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        WebElement firstPlaces =
                browser.phone().driver().findElement(By.cssSelector("main .offer-places input[name=placesLeft]"));
        String inputId = firstPlaces.getDomAttribute("id");
        firstPlaces.clear();
        firstPlaces.sendKeys("40");
        browser.clickAndWait(By.cssSelector("main .offer-places button"));
        assertThat(browser.text(By.id(inputId + "-error"))).isEqualTo("Typ een aantal vrije plaatsen van 0 tot 12.");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        fill(By.id(inputId), "2");
        browser.clickAndWait(By.cssSelector("main .offer-places button"));
        assertThat(browser.text(By.cssSelector("main .alert-success[role=status]")))
                .isEqualTo("Het aantal vrije plaatsen is bijgewerkt.");
        assertThat(browser.driver().findElement(By.id(inputId)).getDomProperty("value"))
                .isEqualTo("2");

        browser.clickAndWait(By.linkText("Geschiedenis"));
        assertThat(browser.text(By.tagName("main"))).contains("Versie 1", "De eerste versie.");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    private void fill(By field, String text) {
        WebElement input = browser.driver().findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    private void setValue(By field, String value) {
        browser.driver()
                .executeScript(
                        "arguments[0].value = arguments[1];", browser.driver().findElement(field), value);
    }

    /** Presses Enter in a field, as a person submits a form with the keyboard, and waits for the next page. */
    private void pressEnterAndWait(By field) {
        JavascriptExecutor page = browser.driver();
        page.executeScript("window.nestwerkPreviousPage = true;");
        browser.driver().findElement(field).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript("return window.nestwerkPreviousPage === undefined"
                                + " && document.readyState === 'complete';")));
    }
}
