package be.nestwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.platform.security.Accounts;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

class PlatformPagesBrowserIT extends BrowserTestSupport {

    private static final String PASSWORD = "browser-test-password";
    private static final By ALERT = By.cssSelector("main .alert");
    private static final By SIGN_OUT = By.cssSelector("header form[action$='/logout'] button");

    @Autowired
    Accounts accounts;

    @Autowired
    MessageSource messages;

    @Test
    void showsTheSignInPageInDutchByDefault() {
        browser.open("/login");

        assertThat(browser.language()).isEqualTo("nl");
        assertThat(browser.heading()).isEqualTo("Aanmelden");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    @Test
    void switchesToEnglishAndKeepsEnglishAfterSigningIn() {
        String email = newAccount("Ada Browser");
        browser.open("/login").clickAndWait(By.cssSelector("a[hreflang=en]"));

        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo("Sign in");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.signIn(email, PASSWORD);

        assertThat(browser.location()).isEqualTo("/workspace");
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo("My workspace");
    }

    @Test
    void switchesToFrenchAndRemembersTheChoiceOnTheNextPage() {
        browser.open("/login").clickAndWait(By.cssSelector("a[hreflang=fr]"));
        assertThat(browser.heading()).isEqualTo("Se connecter");

        browser.open("/login");

        assertThat(browser.location()).isEqualTo("/login");
        assertThat(browser.language()).isEqualTo("fr");
        assertThat(browser.heading()).isEqualTo("Se connecter");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    @Test
    void explainsAFailedSignInInTheChosenLanguage() {
        browser.signIn("nobody-" + UUID.randomUUID() + "@example.org", "not-the-password");

        assertThat(browser.location()).isEqualTo("/login?error");
        assertThat(browser.text(ALERT)).isEqualTo(message("login.failed", "nl"));
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.cssSelector("a[hreflang=en]"));
        assertThat(browser.text(ALERT)).isEqualTo(message("login.failed", "en"));
    }

    @Test
    void signsInToTheWorkspaceAndSignsOut() {
        String email = newAccount("Bea Browser");

        browser.signIn(email, PASSWORD);

        assertThat(browser.location()).isEqualTo("/workspace");
        assertThat(browser.heading()).isEqualTo("Mijn werkplek");
        assertThat(browser.text(By.tagName("main"))).contains("Welkom, Bea Browser.");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.desktop().assertNoAccessibilityViolations();

        browser.signOut();

        assertThat(browser.location()).isEqualTo("/login?logout");
        assertThat(browser.text(ALERT)).isEqualTo("U bent afgemeld.");
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
        browser.open("/workspace");
        assertThat(browser.location()).isEqualTo("/login");
    }

    @Test
    void showsTheTranslatedNotFoundPageForAnUnknownAddress() {
        browser.signIn(newAccount("Cas Browser"), PASSWORD);

        browser.open("/no-such-page-" + UUID.randomUUID());

        assertThat(browser.heading()).isEqualTo("Er ging iets mis");
        assertThat(browser.has(SIGN_OUT)).as("still signed in").isTrue();
        assertThat(browser.text(By.tagName("main"))).contains(message("error.not-found", "nl"));
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();

        browser.clickAndWait(By.cssSelector("a[hreflang=fr]"));

        assertThat(browser.language()).isEqualTo("fr");
        assertThat(browser.heading()).isEqualTo("Un problème est survenu");
        assertThat(browser.text(By.tagName("main"))).contains(message("error.not-found", "fr"));
        browser.assertNoAccessibilityViolations().assertNoHorizontalScroll();
    }

    private String newAccount(String name) {
        String email = "browser-" + UUID.randomUUID() + "@example.org";
        accounts.create(email, name, PASSWORD);
        return email;
    }

    private String message(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }
}
