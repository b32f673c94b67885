package be.nestwerk.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.ApiTokens;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.BusinessRuleException;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@NestwerkIntegrationTest
class AccountPageIT {

    private static final String LANGUAGE_COOKIE = "nestwerk-lang";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens apiTokens;

    PlatformFixtures fixtures;
    NetworkRef network;
    UUID organisation;
    AccountView account;
    NestwerkUser me;

    @BeforeEach
    void account() {
        fixtures = new PlatformFixtures(context);
        network = fixtures.network();
        organisation = fixtures.organisation(network, "Bibliotheek");
        account = fixtures.member(network, Role.PARTNER_ADMIN, organisation);
        me = fixtures.principal(account);
    }

    @Test
    void showsTheNameAddressAndMemberships() {
        assertThat(mvc.get().uri("/account").with(user(me)))
                .hasStatusOk()
                .bodyText()
                .contains(account.displayName(), account.email(), network.name(), "Beheerder partnerorganisatie")
                .contains("Bibliotheek");
        assertThat(mvc.get().uri("/account")).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void changesTheDisplayName() {
        assertThat(mvc.post().uri("/account/name").with(user(me)).with(csrf()).param("name", "Nieuwe Naam"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/account");
        assertThat(accounts.find(account.id()).orElseThrow().displayName()).isEqualTo("Nieuwe Naam");

        assertThat(mvc.post().uri("/account/name").with(user(me)).with(csrf()).param("name", " "))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Vul dit veld in.");
    }

    @Test
    void savesTheChosenLanguageAndSpeaksItAtOnce() {
        MvcTestResult saved = mvc.post()
                .uri("/account/language")
                .with(user(me))
                .with(csrf())
                .param("language", "en")
                .exchange();

        assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/account");
        assertThat(saved).flash().containsEntry("notice", "account.page.language-changed");
        Cookie language = saved.getResponse().getCookie(LANGUAGE_COOKIE);
        assertThat(language).isNotNull();
        assertThat(language.getValue()).isEqualTo("en");
        assertThat(accounts.find(account.id()).orElseThrow().locale()).isEqualTo(Locale.ENGLISH);

        assertThat(mvc.get().uri("/account").with(user(me)).cookie(language))
                .hasStatusOk()
                .bodyText()
                .contains("My account", "Language of Nestwerk and of your e-mails");
    }

    @Test
    void refusesALanguageNestwerkDoesNotSpeakWithA400AndATranslatedMessage() {
        assertThat(mvc.post()
                        .uri("/account/language")
                        .with(user(me))
                        .with(csrf())
                        .param("language", "de"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Kies een taal uit de lijst");
        assertThat(mvc.post().uri("/account/language").with(user(me)).with(csrf()))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.post()
                        .uri("/account/language")
                        .with(user(me))
                        .cookie(new Cookie(LANGUAGE_COOKIE, "fr"))
                        .with(csrf())
                        .param("language", "nl-BE"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Choisissez une langue de la liste");
        assertThat(mvc.post().uri("/account/language").with(user(me)).param("language", "en"))
                .as("without a CSRF token")
                .hasStatus(HttpStatus.FORBIDDEN);
        AccountView unchanged = accounts.find(account.id()).orElseThrow();
        assertThat(unchanged.preferredLocale()).isNull();
        assertThat(unchanged.locale()).isEqualTo(Locale.forLanguageTag("nl"));
        assertThatThrownBy(() -> accounts.preferLanguage(account.id(), "de")).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void signingInSwitchesToTheLanguageOfTheAccount() throws Exception {
        accounts.preferLanguage(account.id(), "fr");

        MvcResult login = mockMvc.perform(
                        formLogin("/login").user(account.email()).password(PlatformFixtures.PASSWORD))
                .andReturn();

        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/workspace");
        Cookie language = login.getResponse().getCookie(LANGUAGE_COOKIE);
        assertThat(language).isNotNull();
        assertThat(language.getValue()).isEqualTo("fr");
        assertThat(mvc.get().uri("/account").with(user(me)).cookie(language))
                .bodyText()
                .contains("Mon compte");

        AccountView withoutChoice = fixtures.account("no-choice");
        MvcResult other = mockMvc.perform(
                        formLogin("/login").user(withoutChoice.email()).password(PlatformFixtures.PASSWORD))
                .andReturn();
        assertThat(other.getResponse().getRedirectedUrl()).isEqualTo("/workspace");
        assertThat(other.getResponse().getCookie(LANGUAGE_COOKIE))
                .as("no choice: the browser's language stays")
                .isNull();
    }

    @Test
    void changingThePasswordRequiresTheCurrentOne() {
        assertThat(mvc.post()
                        .uri("/account/password")
                        .with(user(me))
                        .with(csrf())
                        .param("currentPassword", "not my password")
                        .param("password", "een ander lang wachtwoord")
                        .param("passwordAgain", "een ander lang wachtwoord"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Dit is niet uw huidige wachtwoord.");
        assertThat(accounts.passwordMatches(account.id(), PlatformFixtures.PASSWORD))
                .isTrue();

        assertThat(mvc.post()
                        .uri("/account/password")
                        .with(user(me))
                        .with(csrf())
                        .param("currentPassword", PlatformFixtures.PASSWORD)
                        .param("password", "een ander lang wachtwoord")
                        .param("passwordAgain", "een ander lang wachtwoord"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(accounts.passwordMatches(account.id(), "een ander lang wachtwoord"))
                .isTrue();
    }

    @Test
    void aNewTokenIsShownOnceAndAuthenticatesTheApiWithTheRightsOfItsOwner() throws Exception {
        String page = mvc.post()
                .uri("/account/tokens")
                .with(user(me))
                .with(csrf())
                .param("name", "rapportage")
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("U ziet hem maar één keer");
        String secret = secretIn(page);

        assertThat(mvc.get().uri("/account").with(user(me)))
                .hasStatusOk()
                .bodyText()
                .contains("rapportage", secret.substring(0, 10))
                .doesNotContain(secret);

        long usesBefore = fixtures.auditCount("API_TOKEN_USED", account.id());
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.email")
                .isEqualTo(account.email());
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .bodyJson()
                .extractingPath("$.memberships[0].role")
                .isEqualTo("PARTNER_ADMIN");
        assertThat(fixtures.auditCount("API_TOKEN_USED", account.id())).isEqualTo(usesBefore + 2);
    }

    @Test
    void theTokenIsStoredOnlyAsItsSha256Hash() throws Exception {
        String secret = secretIn(mvc.post()
                .uri("/account/tokens")
                .with(user(me))
                .with(csrf())
                .param("name", "hash check")
                .exchange()
                .getResponse()
                .getContentAsString());
        String sha256 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));

        assertThat(jdbc.sql("select token_hash from api_token where user_id = :user")
                        .param("user", account.id())
                        .query(String.class)
                        .single())
                .isEqualTo(sha256);
        assertThat(jdbc.sql("select count(*) from api_token where strpos(api_token::text, :secret) > 0")
                        .param("secret", secret)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where strpos(audit_event::text, :secret) > 0")
                        .param("secret", secret)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRevokedTokenGetsA401() throws Exception {
        String secret = secretIn(mvc.post()
                .uri("/account/tokens")
                .with(user(me))
                .with(csrf())
                .param("name", "te intrekken")
                .exchange()
                .getResponse()
                .getContentAsString());
        UUID tokenId = apiTokens.of(account.id()).get(0).id();

        assertThat(mvc.post()
                        .uri("/account/tokens/{id}/revoke", tokenId)
                        .with(user(me))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/account").with(user(me))).bodyText().contains("Ingetrokken op");
    }

    @Test
    void nobodyElseCanRevokeMyToken() throws Exception {
        secretIn(mvc.post()
                .uri("/account/tokens")
                .with(user(me))
                .with(csrf())
                .param("name", "de mijne")
                .exchange()
                .getResponse()
                .getContentAsString());
        UUID tokenId = apiTokens.of(account.id()).get(0).id();
        NestwerkUser other = fixtures.principal(fixtures.account("other"));

        assertThat(mvc.post()
                        .uri("/account/tokens/{id}/revoke", tokenId)
                        .with(user(other))
                        .with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(apiTokens.of(account.id()).get(0).active()).isTrue();
    }

    @Test
    void theApiRefusesCallsWithoutAValidToken() {
        assertThat(mvc.get().uri("/api/v1/me")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer nw_made_up"))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void refusesATokenWithoutAName() {
        assertThat(mvc.post().uri("/account/tokens").with(user(me)).with(csrf()).param("name", ""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Vul dit veld in.");
        assertThat(apiTokens.of(account.id())).isEmpty();
    }

    private static String secretIn(String page) {
        Matcher matcher = Pattern.compile("nw_[A-Za-z0-9_-]{43}").matcher(page);
        assertThat(matcher.find()).as("the secret is on the page").isTrue();
        return matcher.group();
    }
}
