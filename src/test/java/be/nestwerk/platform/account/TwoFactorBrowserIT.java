package be.nestwerk.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.SecondFactorFixtures;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/**
 * A coordinator on a phone (360 px), with the keyboard only, opens a page that asks for the second factor: enrols
 * (the secret typed from the page, as an app would read the QR code), keeps the recovery codes, goes on to the page;
 * signs in again and proves the factor with a code; then resets a member's. 0 axe violations on every page.
 */
class TwoFactorBrowserIT extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Test
    void enrolsAndLaterProvesTheSecondFactorWithTheKeyboardOnlyOnAPhone() {
        PlatformFixtures fixtures = new PlatformFixtures(context);
        NetworkRef network = fixtures.network();
        AccountView coordinator = fixtures.member(network, Role.COORDINATOR, null);
        AccountView volunteer = fixtures.account("volunteer");
        MembershipView member = fixtures.grant(volunteer, network, Role.VOLUNTEER, null);
        SecondFactorFixtures.enrol(context, volunteer.id());
        String memberPage = "/n/" + network.slug() + "/members/" + member.id() + "/two-factor";

        signIn(coordinator);
        browser.open("/n/" + network.slug() + "/members");
        check();
        String volunteerRow = "//main//tr[td[1][normalize-space()='Test volunteer']]";
        press(By.xpath(volunteerRow + "//summary"), Keys.ENTER);
        pressAndWait(By.xpath(volunteerRow + "//a[contains(@href, '/two-factor')]"), Keys.ENTER);

        assertThat(browser.location()).startsWith("/account/two-factor?continue=");
        assertThat(browser.heading()).isEqualTo(message("two-factor.enrol.title"));
        assertThat(browser.has(By.cssSelector("svg[role=img] path"))).isTrue();
        check();
        String secret = browser.text(By.id("secret")).replace(" ", "");

        browser.fill(
                By.id("code"), SecondFactorFixtures.code(secret, Instant.now().plusSeconds(600)));
        pressAndWait(By.id("code"), Keys.ENTER);
        assertThat(browser.text(By.id("code-error"))).isEqualTo(message("two-factor.wrong-code"));
        check();

        browser.fill(By.id("code"), SecondFactorFixtures.previousCode(secret));
        pressAndWait(By.id("code"), Keys.ENTER);

        assertThat(browser.heading()).isEqualTo(message("two-factor.recovery.title"));
        assertThat(browser.driver().findElements(By.cssSelector("#recovery-codes li")))
                .hasSize(10);
        check();
        pressAndWait(By.id("continue"), Keys.ENTER);

        assertThat(browser.location()).isEqualTo(memberPage);
        assertThat(browser.heading()).contains("Test volunteer");
        check();

        pressAndWait(By.cssSelector("header form[action$='/logout'] button"), Keys.ENTER);
        signIn(coordinator);
        browser.open(memberPage);

        assertThat(browser.location()).startsWith("/account/two-factor?continue=");
        assertThat(browser.heading()).isEqualTo(message("two-factor.verify.title"));
        check();
        browser.fill(By.id("code"), SecondFactorFixtures.nextCode(context, coordinator.id(), secret));
        pressAndWait(By.id("code"), Keys.ENTER);

        assertThat(browser.location()).isEqualTo(memberPage);
        check();
        pressAndWait(By.cssSelector("main form button.danger"), Keys.ENTER);

        assertThat(browser.location()).isEqualTo("/n/" + network.slug() + "/members");
        assertThat(browser.text(By.cssSelector("main .alert-success")))
                .isEqualTo(messages.getMessage(
                        "two-factor.member.reset-done", new Object[] {"Test volunteer"}, Locale.forLanguageTag("nl")));
        check();

        browser.open("/account");
        assertThat(browser.text(By.id("two-factor-status"))).startsWith("Aan sinds ");
        check();
    }

    @Test
    void theEnrolmentPagePassesAxeOnADesktopAndInFrench() {
        AccountView person = new PlatformFixtures(context).account("desktop");
        signIn(person);

        browser.desktop().open("/account/two-factor?lang=fr");

        assertThat(browser.heading()).isEqualTo("Activer la vérification en deux étapes");
        browser.assertNoAccessibilityViolations();
        browser.phone();
    }

    private void signIn(AccountView account) {
        browser.open("/login");
        browser.fill(By.id("username"), account.email());
        browser.fill(By.id("password"), PlatformFixtures.PASSWORD);
        pressAndWait(By.id("password"), Keys.ENTER);
        assertThat(browser.location()).doesNotStartWith("/login");
    }

    private void check() {
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    private void press(By target, Keys key) {
        browser.driver().findElement(target).sendKeys(key);
    }

    /** Presses a key on an element that loads another page, and waits until that page has replaced this one. */
    private void pressAndWait(By target, Keys key) {
        JavascriptExecutor script = browser.driver();
        script.executeScript("window.nestwerkPreviousPage = true;");
        browser.driver().findElement(target).sendKeys(key);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript("return window.nestwerkPreviousPage === undefined"
                                + " && document.readyState === 'complete';")));
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("nl"));
    }
}
