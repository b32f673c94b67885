package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A family reads an offer on a phone, in Arabic too, and shares or prints it with the keyboard alone. */
class OfferPageBrowserIT extends BrowserTestSupport {

    static final String CLINIC = "Consultatiebureau voor baby's en peuters";
    static final String CLINIC_IN_ARABIC = "مكتب الاستشارة للرضع والأطفال الصغار";
    static final int MOST_TABS = 80;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readsADemoOfferOnAPhoneAndSwitchesItsTextToArabicRightToLeft() {
        browser.phone().open("/offers/" + demo(CLINIC));

        assertThat(browser.heading()).isEqualTo(CLINIC);
        assertThat(browser.text(By.id("offer-when"))).contains("Dinsdag", "09:00–12:00");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.cssSelector(".offer-languages a[hreflang=ar]"));

        assertThat(browser.location()).endsWith("?in=ar");
        assertThat(browser.language()).as("the site stays Dutch").isEqualTo("nl");
        WebElement text = browser.driver().findElement(By.id("offer-text"));
        assertThat(text.getDomAttribute("lang")).isEqualTo("ar");
        assertThat(text.getCssValue("direction")).isEqualTo("rtl");
        assertThat(browser.heading()).isEqualTo(CLINIC_IN_ARABIC);
        assertThat(browser.text(By.id("offer-text")))
                .contains("متابعة مجانية لنمو طفلك", "(nog niet vertaald, in het Nederlands)");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();
    }

    @Test
    void sharesAndPrintsWithTheKeyboardAlone() {
        browser.phone().open("/offers/" + demo(CLINIC));
        browser.driver().executeScript("window.printed = 0; window.print = function () { window.printed++; };");

        tabTo(By.cssSelector(".offer-jump a"));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            order.add(describe(focused()));
        }

        assertThat(order)
                .as("after the jump to sharing, the tab order")
                .containsExactly("mailto", "whatsapp", "offer-address", "offer-copy", "offer-print");
        assertThat(focused().getCssValue("outline-style"))
                .as("focus is visible")
                .isEqualTo("solid");

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(browser.driver().executeScript("return window.printed;")).isEqualTo(1L);

        new Actions(browser.driver())
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        assertThat(describe(focused())).isEqualTo("offer-copy");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(driver -> !driver.findElement(By.id("offer-copy-status"))
                        .getText()
                        .isEmpty());
        assertThat(browser.text(By.id("offer-copy-status")))
                .isIn("Het adres is gekopieerd.", "Kopiëren lukte niet. Selecteer het adres en kopieer het zelf.");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    @Test
    void isAccessibleWithTheEnglishSiteAndWithATranslationMarker() {
        browser.phone().open("/offers/" + demo(CLINIC) + "?lang=en");

        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo("Child health clinic for babies and toddlers");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.open("/offers/" + demo("Huiswerkklas in de bibliotheek") + "?in=pl");
        assertThat(browser.text(By.cssSelector(".offer-untranslated")))
                .isEqualTo("This offer is not yet translated into Polish. It is shown in Dutch.");
        assertThat(browser.text(By.id("offer-when"))).contains("6 places left");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.open("/offers/" + demo("Hulp en opvang bij geweld in het gezin"));
        assertThat(browser.text(By.cssSelector(".offer-confidential"))).contains("015 00 00 40");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();
    }

    private void tabTo(By target) {
        WebElement wanted = browser.driver().findElement(target);
        for (int i = 0; i < MOST_TABS; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            if (focused().equals(wanted)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + target);
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private static String describe(WebElement element) {
        String href = element.getDomAttribute("href");
        if (href != null && href.startsWith("mailto:")) {
            return "mailto";
        }
        if (href != null && href.startsWith("https://wa.me/")) {
            return "whatsapp";
        }
        String id = element.getDomAttribute("id");
        return id != null ? id : element.getTagName() + " " + href;
    }

    private UUID demo(String name) {
        return jdbc.queryForObject(
                "select p.offer_id from published_offer p join network n on n.id = p.network_id"
                        + " where p.name = ? and n.slug = ?",
                UUID.class,
                name,
                OfferDemoData.MECHELEN);
    }
}
