package be.nestwerk.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.browser.BrowserTestSupport;
import be.nestwerk.network.NetworkFixtures;
import be.nestwerk.network.NetworkFixtures.CreatedNetwork;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/** The signed-in person's own account page: name, language, password, memberships and personal API tokens. */
class AccountPageBrowserIT extends BrowserTestSupport {

    private static final By NOTICE = By.cssSelector("main .alert-success");

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    @Test
    void listsTheMembershipsAndChangesTheDisplayName() {
        CreatedNetwork network = NetworkFixtures.huisVanHetKind(context);
        NestwerkUser coordinator = network.coordinator();
        browser.signIn(coordinator.email(), NetworkFixtures.PASSWORD);
        browser.clickAndWait(By.cssSelector("header a[href='/account']"));

        assertThat(browser.location()).isEqualTo("/account");
        assertThat(browser.heading()).isEqualTo(message("account.page.title", "nl"));
        assertThat(browser.text(By.cssSelector("table[aria-labelledby=memberships-heading]")))
                .contains(network.network().name(), message("role.COORDINATOR", "nl"));
        check();
        browser.desktop().assertNoAccessibilityViolations();

        browser.driver().findElement(By.id("name")).clear();
        type(By.id("name"), "Coördinator Hernoemd");
        browser.clickAndWait(By.cssSelector("form[action$='/account/name'] button"));

        assertThat(browser.location()).isEqualTo("/account");
        assertThat(browser.text(NOTICE)).isEqualTo(message("account.page.name-changed", "nl"));
        assertThat(browser.text(By.tagName("dl"))).contains("Coördinator Hernoemd");
        check();
    }

    @Test
    void choosesALanguageThatNestwerkSpeaksAtOnceAndOnAnyDevice() {
        NestwerkUser person = NetworkFixtures.person(context, "Linguist");
        browser.signIn(person.email(), NetworkFixtures.PASSWORD).open("/account");
        assertThat(browser.language()).isEqualTo("nl");
        assertThat(browser.driver().findElement(By.id("language-nl")).isSelected())
                .as("no choice yet: mails go out in Dutch")
                .isTrue();
        check();

        browser.driver().findElement(By.id("language-en")).click();
        browser.clickAndWait(By.cssSelector("form[action$='/account/language'] button"));

        assertThat(browser.location()).isEqualTo("/account");
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo(message("account.page.title", "en"));
        assertThat(browser.text(NOTICE)).isEqualTo(message("account.page.language-changed", "en"));
        assertThat(browser.driver().findElement(By.id("language-en")).isSelected())
                .isTrue();
        check();
        browser.desktop().assertNoAccessibilityViolations();

        browser.signOut();
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        assertThat(browser.language())
                .as("another device: Dutch until signed in")
                .isEqualTo("nl");
        browser.signIn(person.email(), NetworkFixtures.PASSWORD);
        assertThat(browser.location()).isEqualTo("/workspace");
        assertThat(browser.language()).isEqualTo("en");
        check();
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOne() {
        NestwerkUser person = NetworkFixtures.person(context, "Password changer");
        browser.signIn(person.email(), NetworkFixtures.PASSWORD).open("/account");

        type(By.id("currentPassword"), "not my password");
        type(By.id("password"), "a brand new password");
        type(By.id("passwordAgain"), "a brand new password");
        browser.clickAndWait(By.cssSelector("form[action$='/account/password'] button"));

        assertThat(browser.text(By.id("currentPassword-error")))
                .isEqualTo(message("account.page.current-password-wrong", "nl"));
        check();
        browser.clickAndWait(By.cssSelector("a[hreflang=en]"));
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo(message("account.page.title", "en"));
        check();

        type(By.id("currentPassword"), NetworkFixtures.PASSWORD);
        type(By.id("password"), "a brand new password");
        type(By.id("passwordAgain"), "a brand new password");
        browser.clickAndWait(By.cssSelector("form[action$='/account/password'] button"));

        assertThat(browser.text(NOTICE)).isEqualTo(message("account.page.password-changed", "en"));
        check();
        browser.signOut().signIn(person.email(), "a brand new password");
        assertThat(browser.location()).isEqualTo("/workspace");
        assertThat(browser.language()).as("the choice is remembered").isEqualTo("en");
    }

    @Test
    void createsAnApiTokenShownOnceAndRevokesIt() throws Exception {
        NestwerkUser person = NetworkFixtures.member(context, NetworkFixtures.huisVanHetKind(context), Role.VOLUNTEER);
        browser.signIn(person.email(), NetworkFixtures.PASSWORD).open("/account");
        assertThat(browser.text(By.tagName("main"))).contains(message("account.tokens.none", "nl"));

        type(By.id("token-name"), "rapportage-script");
        browser.clickAndWait(By.cssSelector("form[action$='/account/tokens'] button"));

        assertThat(browser.heading()).isEqualTo(message("account.tokens.created-title", "nl"));
        String secret = browser.text(By.id("secret"));
        assertThat(secret).isNotBlank();
        assertThat(apiStatus(secret)).isEqualTo(200);
        check();
        browser.desktop().assertNoAccessibilityViolations();

        browser.clickAndWait(By.linkText(message("account.tokens.done", "nl")));
        assertThat(browser.location()).isEqualTo("/account");
        assertThat(browser.text(By.cssSelector("table[aria-labelledby=tokens-heading]")))
                .contains("rapportage-script", message("account.tokens.active", "nl"))
                .doesNotContain(secret);
        check();

        browser.clickAndWait(By.cssSelector("form[action$='/revoke'] button"));

        assertThat(browser.text(NOTICE)).isEqualTo(message("account.tokens.revoked", "nl"));
        assertThat(browser.text(By.cssSelector("table[aria-labelledby=tokens-heading]")))
                .contains("Ingetrokken op");
        assertThat(apiStatus(secret)).isEqualTo(401);
        check();
    }

    @Test
    void theLanguageChosenOnTheNewTokenPageIsKept() {
        NestwerkUser person = NetworkFixtures.person(context, "Token linguist");
        browser.signIn(person.email(), NetworkFixtures.PASSWORD).open("/account");
        type(By.id("token-name"), "script");
        browser.clickAndWait(By.cssSelector("form[action$='/account/tokens'] button"));

        browser.clickAndWait(By.cssSelector("a[hreflang=fr]"));

        assertThat(browser.language()).isEqualTo("fr");
        assertThat(browser.heading()).isEqualTo(message("account.page.title", "fr"));
        assertThat(browser.text(By.cssSelector("table[aria-labelledby=tokens-heading]")))
                .contains("script");
        check();
    }

    private int apiStatus(String secret) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                                .header("Authorization", "Bearer " + secret)
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
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
