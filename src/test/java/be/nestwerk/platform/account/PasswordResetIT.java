package be.nestwerk.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.mail.ReceivedMail;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@NestwerkIntegrationTest
class PasswordResetIT {

    static final String NEW_PASSWORD = "mijn nieuwe wachtwoord";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    PlatformFixtures fixtures;
    AccountView account;

    @BeforeEach
    void account() {
        fixtures = new PlatformFixtures(context);
        account = fixtures.account("forgetful");
    }

    @Test
    void answersTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
        String unknown = PlatformFixtures.uniqueEmail("nobody");

        String forKnown = requestReset(account.email()).getResponse().getContentAsString();
        String forUnknown = requestReset(unknown).getResponse().getContentAsString();

        assertThat(strip(forKnown)).isEqualTo(strip(forUnknown)).contains("Als er een account bestaat");
        assertThat(Outbox.count(jdbc, account.email())).isEqualTo(1);
        assertThat(Outbox.count(jdbc, unknown)).isZero();
        assertThat(fixtures.auditCount("PASSWORD_RESET_REQUESTED", account.id()))
                .isEqualTo(1);
    }

    @Test
    void theMailIsInTheLanguageOfTheAccountWhateverTheLanguageOfWhoAsked() throws Exception {
        accounts.preferLanguage(account.id(), "fr");

        assertThat(requestReset(account.email())).hasStatusOk();

        assertThat(ReceivedMail.awaitMailTo(greenMail, account.email()).getSubject())
                .isEqualTo("Nouveau mot de passe pour Nestwerk");
    }

    @Test
    void theMailedLinkSetsANewPasswordOnce() throws Exception {
        assertThat(requestReset(account.email())).hasStatusOk();

        MimeMessage mail = ReceivedMail.awaitMailTo(greenMail, account.email());
        assertThat(mail.getSubject()).isEqualTo("Nieuw wachtwoord voor Nestwerk");
        String link = ReceivedMail.linkIn(mail, "/account/password-reset/");
        assertThat(mvc.get().uri(link)).hasStatusOk().bodyText().contains(account.email());

        assertThat(reset(link, NEW_PASSWORD, NEW_PASSWORD))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/login?reset");

        assertThat(mvc.perform(formLogin("/login").user(account.email()).password(NEW_PASSWORD)))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/workspace");
        assertThat(mvc.perform(formLogin("/login").user(account.email()).password(PlatformFixtures.PASSWORD)))
                .hasRedirectedUrl("/login?error");
        assertThat(mvc.get().uri(link)).hasStatus(HttpStatus.GONE);
        assertThat(reset(link, "nog een ander wachtwoord", "nog een ander wachtwoord"))
                .hasStatus(HttpStatus.GONE);
        assertThat(fixtures.auditCount("PASSWORD_CHANGED", account.id())).isEqualTo(1);
    }

    @Test
    void usingTheLinkUnlocksALockedAccount() {
        jdbc.sql("update user_account set locked_until = now() + interval '1 hour' where id = :id")
                .param("id", account.id())
                .update();
        assertThat(mvc.perform(formLogin("/login").user(account.email()).password(PlatformFixtures.PASSWORD)))
                .hasRedirectedUrl("/login?error");

        requestReset(account.email());
        String link = Outbox.latestLink(jdbc, account.email(), "/account/password-reset/");
        assertThat(reset(link, NEW_PASSWORD, NEW_PASSWORD)).hasStatus(HttpStatus.FOUND);

        assertThat(accounts.find(account.id()).orElseThrow().lockedUntil()).isNull();
        assertThat(mvc.perform(formLogin("/login").user(account.email()).password(NEW_PASSWORD)))
                .hasRedirectedUrl("/workspace");
    }

    @Test
    void refusesAnExpiredLinkAndAnUnknownOne() {
        requestReset(account.email());
        String link = Outbox.latestLink(jdbc, account.email(), "/account/password-reset/");
        jdbc.sql("update account_link set expires_at = now() - interval '1 second' where user_id = :id")
                .param("id", account.id())
                .update();

        assertThat(mvc.get().uri(link + "?lang=en"))
                .hasStatus(HttpStatus.GONE)
                .bodyText()
                .contains("This link no longer works");
        assertThat(reset(link, NEW_PASSWORD, NEW_PASSWORD)).hasStatus(HttpStatus.GONE);
        assertThat(mvc.get().uri("/account/password-reset/nwr_unknown")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(accounts.passwordMatches(account.id(), PlatformFixtures.PASSWORD))
                .isTrue();
    }

    @Test
    void refusesAShortPasswordTwoDifferentOnesAndAnInvalidAddress() {
        requestReset(account.email());
        String link = Outbox.latestLink(jdbc, account.email(), "/account/password-reset/");

        assertThat(reset(link, "kort", "kort"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("minstens 12 tekens");
        assertThat(reset(link, NEW_PASSWORD, NEW_PASSWORD + "!"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("niet gelijk");
        assertThat(mvc.post().uri("/account/password-reset").with(csrf()).param("email", "geen adres"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Vul een geldig e-mailadres in");
        assertThat(accounts.passwordMatches(account.id(), PlatformFixtures.PASSWORD))
                .isTrue();
    }

    private MvcTestResult requestReset(String email) {
        return mvc.post()
                .uri("/account/password-reset")
                .with(csrf())
                .param("email", email)
                .exchange();
    }

    private MvcTestResult reset(String link, String password, String again) {
        return mvc.post()
                .uri(link)
                .with(csrf())
                .param("password", password)
                .param("passwordAgain", again)
                .exchange();
    }

    /** The page without its CSRF token, which differs per request. */
    private static String strip(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }
}
