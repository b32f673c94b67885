package be.nestwerk.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.network.NetworkFixtures;
import be.nestwerk.platform.mail.ReceivedMail;
import be.nestwerk.platform.security.NestwerkUser;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/** Forgotten passwords, the demo outbox that shows the mail, and the lock-out after repeated failures. */
class PasswordResetBrowserIT extends BrowserTestSupport {

    private static final String NEW_PASSWORD = "mijn nieuwe wachtwoord";
    private static final By SUBMIT = By.cssSelector("main form button[type=submit]");

    /** Mail is delivered as in production (and none is left queued to be retried during later tests). */
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Test
    void choosesANewPasswordThroughTheMailedLinkAndSignsInWithIt() throws Exception {
        NestwerkUser person = NetworkFixtures.person(context, "Forgetful");
        browser.open("/login").clickAndWait(By.linkText(message("login.forgot", "nl")));

        assertThat(browser.location()).isEqualTo("/account/password-reset");
        assertThat(browser.heading()).isEqualTo(message("account.password-reset.title", "nl"));
        check();
        browser.desktop().assertNoAccessibilityViolations();

        type(By.id("email"), person.email());
        browser.clickAndWait(SUBMIT);

        assertThat(browser.text(By.cssSelector("main .alert"))).isEqualTo(message("account.password-reset.sent", "nl"));
        check();

        browser.open("/outbox");
        check();
        followLatestMailLink(person.email());

        String link = browser.location();
        assertThat(link).startsWith("/account/password-reset/");
        assertThat(ReceivedMail.linkIn(ReceivedMail.awaitMailTo(greenMail, person.email()), "/account/password-reset/"))
                .isEqualTo(link);
        assertThat(browser.heading()).isEqualTo(message("account.password-reset.new-title", "nl"));
        assertThat(browser.text(By.tagName("main"))).contains("Voor het account " + person.email() + ".");
        check();

        type(By.id("password"), NEW_PASSWORD);
        type(By.id("passwordAgain"), NEW_PASSWORD);
        browser.clickAndWait(SUBMIT);

        assertThat(browser.location()).isEqualTo("/login?reset");
        assertThat(browser.text(By.cssSelector("main .alert-success")))
                .isEqualTo(message("account.password-reset.done", "nl"));
        check();

        browser.signIn(person.email(), NEW_PASSWORD);
        assertThat(browser.location()).isEqualTo("/workspace");

        browser.signOut().open(link);
        assertThat(browser.heading()).isEqualTo(message("account.link-gone.title", "nl"));
        check();
    }

    @Test
    void explainsABadAddressOrDifferentPasswordsInTheChosenLanguage() {
        browser.open("/account/password-reset").clickAndWait(By.cssSelector("a[hreflang=en]"));
        assertThat(browser.heading()).isEqualTo(message("account.password-reset.title", "en"));
        check();

        type(By.id("email"), "not an address");
        browser.clickAndWait(SUBMIT);

        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.text(By.id("email-error"))).isEqualTo(message("account.validation.email", "en"));
        check();

        NestwerkUser person = NetworkFixtures.person(context, "Typo");
        browser.driver().findElement(By.id("email")).clear();
        type(By.id("email"), person.email());
        browser.clickAndWait(SUBMIT);
        browser.open("/outbox");
        assertThat(browser.heading()).isEqualTo(message("account.outbox.title", "en"));
        followLatestMailLink(person.email());
        browser.clickAndWait(By.cssSelector("a[hreflang=fr]"));
        assertThat(browser.heading()).isEqualTo(message("account.password-reset.new-title", "fr"));

        type(By.id("password"), NEW_PASSWORD);
        type(By.id("passwordAgain"), NEW_PASSWORD + " anders");
        browser.clickAndWait(SUBMIT);

        assertThat(browser.language()).isEqualTo("fr");
        assertThat(browser.text(By.id("passwordAgain-error")))
                .isEqualTo(message("account.validation.passwords-differ", "fr"));
        check();
    }

    @Test
    void refusesTheRightPasswordAfterFiveWrongOnes() {
        NestwerkUser person = NetworkFixtures.person(context, "Unlucky");
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.signIn(person.email(), "wrong password " + attempt);
            assertThat(browser.location()).isEqualTo("/login?error");
        }

        browser.signIn(person.email(), NetworkFixtures.PASSWORD);

        assertThat(browser.location()).isEqualTo("/login?error");
        assertThat(browser.text(By.cssSelector("main .alert-error"))).isEqualTo(message("login.failed", "nl"));
        check();
        browser.clickAndWait(By.cssSelector("a[hreflang=fr]"));
        assertThat(browser.text(By.cssSelector("main .alert-error"))).isEqualTo(message("login.failed", "fr"));
        check();
        browser.open("/workspace");
        assertThat(browser.location()).as("not signed in").isEqualTo("/login");
    }

    @Test
    void theOutboxSpeaksTheChosenLanguage() {
        browser.open("/outbox").clickAndWait(By.cssSelector("a[hreflang=fr]"));

        assertThat(browser.heading()).isEqualTo(message("account.outbox.title", "fr"));
        check();
        browser.desktop().assertNoAccessibilityViolations();
        browser.clickAndWait(By.cssSelector("a[hreflang=nl]"));
        assertThat(browser.heading()).isEqualTo(message("account.outbox.title", "nl"));
    }

    /** Mail links name the configured public address (not this test's port): follow their path here. */
    private void followLatestMailLink(String recipient) {
        String href = browser.driver()
                .findElement(By.xpath("(//article[.//dd[normalize-space()='" + recipient + "']])[1]//a"))
                .getDomAttribute("href");
        URI link = URI.create(href);
        browser.open(link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery()));
    }

    private void type(By target, String text) {
        browser.driver().findElement(target).sendKeys(text);
    }

    private void check() {
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    private String message(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }
}
