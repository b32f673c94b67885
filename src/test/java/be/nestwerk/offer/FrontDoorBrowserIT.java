package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A family on a phone searches the Mechelen demo catalogue with the keyboard only: by text and postcode, then free
 * offers only, then the alternative that finds something, and opens a result. In Arabic, the texts read right to left.
 */
class FrontDoorBrowserIT extends BrowserTestSupport {

    static final String MECHELEN = "/networks/huis-van-het-kind-mechelen-fictief/offers";

    @Test
    void searchesByTextAndPostcodeFiltersFreeOffersAndOpensAResultWithTheKeyboardOnly() {
        browser.phone().open(MECHELEN);
        assertThat(browser.heading()).isEqualTo("Aanbod van Huis van het Kind Mechelen (fictief)");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.fill(By.id("search-q"), "kinderopvang");
        browser.fill(By.id("search-place"), "2800");
        pressAndWait(By.id("search-place"), Keys.ENTER);

        assertThat(browser.text(By.id("search-results"))).isEqualTo("1 resultaat tot 10 km van 2800 Mechelen");
        assertThat(browser.text(By.cssSelector(".result h3"))).isEqualTo("Kinderopvang voor baby's en peuters");
        assertThat(browser.text(By.cssSelector(".result"))).contains("Prijs volgens inkomen", "2800 Mechelen");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("offer-map")));
        assertThat(browser.driver().findElements(By.cssSelector("#offer-map .leaflet-marker-icon")))
                .hasSize(1);
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.driver().findElement(By.id("search-free")).sendKeys(Keys.SPACE);
        pressAndWait(By.cssSelector("main form button[type=submit]"), Keys.ENTER);

        assertThat(browser.location()).contains("free=true", "place=2800", "q=kinderopvang");
        assertThat(browser.text(By.id("search-results"))).startsWith("Geen resultaten");
        assertThat(browser.has(By.id("offer-map"))).isFalse();
        assertThat(browser.text(By.tagName("main"))).contains("Stel uw vraag aan Huis van het Kind Mechelen (fictief)");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        pressAndWait(By.linkText("Ook aanbod dat niet gratis is: 1 resultaat"), Keys.ENTER);

        assertThat(browser.location()).doesNotContain("free=");
        WebElement result = browser.driver().findElement(By.cssSelector(".result h3 a"));
        String offerPage = result.getDomAttribute("href");
        assertThat(offerPage).startsWith("/offers/");
        pressAndWait(By.cssSelector(".result h3 a"), Keys.ENTER);

        assertThat(browser.location()).isEqualTo(offerPage);
    }

    @Test
    void showsArabicTextsRightToLeftAndTheFormPassesAxeOnADesktopToo() {
        browser.phone().open(MECHELEN + "?in=ar");

        List<WebElement> arabic = browser.driver().findElements(By.cssSelector(".result h3[lang=ar]"));
        assertThat(arabic).isNotEmpty();
        assertThat(arabic)
                .allSatisfy(
                        heading -> assertThat(heading.getDomAttribute("dir")).isEqualTo("rtl"));
        assertThat(arabic.get(0).getCssValue("direction")).isEqualTo("rtl");
        assertThat(browser.driver().findElements(By.cssSelector(".result h3[lang=nl]")))
                .isNotEmpty();
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.desktop().open("/offers");
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void reachesEveryControlOfTheFormWithTheTabKey() {
        browser.phone().open("/offers");
        browser.driver()
                .findElement(By.cssSelector(".search-form__more summary"))
                .sendKeys(Keys.ENTER);

        List<String> reached = new java.util.ArrayList<>();
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].focus();", browser.driver().findElement(By.id("search-q")));
        for (int i = 0; i < 40; i++) {
            reached.add(browser.driver().switchTo().activeElement().getDomAttribute("name") + "");
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }

        assertThat(reached)
                .contains("q", "age", "born", "place", "km", "free", "theme", "language", "day", "in", "sort");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    /** Presses a key on an element that loads another page, and waits until that page has replaced this one. */
    private void pressAndWait(By target, Keys key) {
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        script.executeScript("window.nestwerkPreviousPage = true;");
        browser.driver().findElement(target).sendKeys(key);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript("return window.nestwerkPreviousPage === undefined"
                                + " && document.readyState === 'complete';")));
    }
}
