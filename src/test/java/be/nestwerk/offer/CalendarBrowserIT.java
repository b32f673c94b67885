package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A family looks at the demo network's calendar on a phone: by week and by month, by keyboard, in Arabic. */
class CalendarBrowserIT extends BrowserTestSupport {

    static final String MECHELEN = "/networks/huis-van-het-kind-mechelen-fictief/calendar";
    static final By ENTRIES = By.cssSelector(".calendar-entry");
    static final By PERIOD = By.id("calendar-period");

    /** Next week always holds a session of every weekly demo activity, whatever day the demo data was loaded. */
    final LocalDate nextWeek = LocalDate.now(SessionOccurrences.BELGIUM).plusWeeks(1);

    @Test
    void showsTheWeekAndTheMonthAsListsOnAPhone() {
        browser.phone().open(MECHELEN + "?lang=nl&date=" + nextWeek);
        assertThat(browser.heading()).startsWith("Activiteiten van Huis van het Kind Mechelen");
        assertThat(browser.text(PERIOD)).startsWith("Week van");
        assertThat(browser.driver().findElements(ENTRIES)).isNotEmpty();
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.linkText("Maand"));
        assertThat(browser.location()).contains("view=month");
        assertThat(browser.text(PERIOD)).doesNotStartWith("Week");
        assertThat(browser.driver().findElements(ENTRIES)).isNotEmpty();
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.driver()
                .findElement(By.cssSelector(".calendar-filters summary"))
                .click();
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();
    }

    @Test
    void worksWithTheKeyboardAlone() {
        browser.phone().open(MECHELEN + "?lang=nl&date=" + nextWeek);
        String week = browser.text(PERIOD);

        pressEnterOn(tabTo("Volgende week"));
        assertThat(browser.text(PERIOD)).isNotEqualTo(week);

        WebElement filters = tabTo("Filters");
        filters.sendKeys(Keys.ENTER);
        WebElement words = tabTo(By.id("calendar-q"));
        words.sendKeys("voorlezen");
        pressEnterOn(words);
        assertThat(browser.location()).contains("q=voorlezen");
        assertThat(browser.driver().findElements(By.cssSelector(".calendar-entry__name")))
                .allSatisfy(name -> assertThat(name.getText()).containsIgnoringCase("voorle"));
        browser.assertNoAccessibilityViolations();
    }

    @Test
    void showsArabicContentRightToLeft() {
        browser.phone().open(MECHELEN + "?lang=nl&in=ar&date=" + nextWeek);
        WebElement arabic = browser.driver().findElement(By.cssSelector(".calendar-entry__name a[lang=ar]"));
        assertThat(arabic.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(arabic.getCssValue("direction")).isEqualTo("rtl");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    private WebElement tabTo(String text) {
        return tabUntil(element -> text.equals(element.getText().strip()));
    }

    private WebElement tabTo(By target) {
        WebElement wanted = browser.driver().findElement(target);
        return tabUntil(wanted::equals);
    }

    private WebElement tabUntil(java.util.function.Predicate<WebElement> found) {
        for (int presses = 0; presses < 80; presses++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            if (found.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("not reached by the Tab key");
    }

    private void pressEnterOn(WebElement element) {
        JavascriptExecutor js = browser.driver();
        js.executeScript("window.nestwerkPreviousPage = true;");
        element.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript("return window.nestwerkPreviousPage === undefined"
                                + " && document.readyState === 'complete';")));
    }
}
