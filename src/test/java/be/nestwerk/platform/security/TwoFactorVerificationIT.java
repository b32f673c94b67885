package be.nestwerk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.PlatformFixtures;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The proof at /account/two-factor once enrolled: a code or a recovery code, each used once; wrong codes answered
 * with 400 and a translated message, and after five of them in fifteen minutes, 429 for every code.
 */
@NestwerkIntegrationTest
class TwoFactorVerificationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecondFactors factors;

    PlatformFixtures fixtures;
    AccountView account;
    String secret;

    @BeforeEach
    void enrolledAccount() {
        fixtures = new PlatformFixtures(context);
        account = fixtures.account("verification");
        secret = SecondFactorFixtures.enrol(context, account.id());
    }

    @Test
    void asksForACodeWhenEnrolledAndGoesOnToTheLocalPageAfterIt() throws Exception {
        WebSession session = signIn();
        Document form = page(session.perform(get("/account/two-factor?continue=/account?tab=2")));
        assertThat(form.select("h1").text()).isEqualTo("Bevestig dat u het bent");
        assertThat(form.select("input[name=continue]").val()).isEqualTo("/account?tab=2");

        MvcResult proved = session.perform(post("/account/two-factor")
                .with(csrf())
                .param("code", nextCode())
                .param("continue", "/account?tab=2"));

        assertThat(proved.getResponse().getRedirectedUrl()).isEqualTo("/account?tab=2");
        assertThat(page(session.perform(get("/account/two-factor")))
                        .select("h1")
                        .text())
                .as("proved: the status page")
                .isEqualTo("Tweestapsverificatie");
        assertThat(fixtures.auditCount("TWO_FACTOR_PROVED", account.id())).isEqualTo(1);
    }

    @Test
    void neverGoesOnToAnotherSite() throws Exception {
        WebSession session = signIn();
        assertThat(page(session.perform(get("/account/two-factor?continue=https://evil.example/")))
                        .select("input[name=continue]"))
                .isEmpty();

        MvcResult proved = session.perform(post("/account/two-factor")
                .with(csrf())
                .param("code", nextCode())
                .param("continue", "//evil.example/phish"));

        assertThat(proved.getResponse().getRedirectedUrl()).isEqualTo("/account");
    }

    @Test
    void aWrongCodeShowsTheFormAgainWith400AndATranslatedMessage() throws Exception {
        WebSession session = signIn();

        MvcResult dutch =
                session.perform(post("/account/two-factor").with(csrf()).param("code", wrongCode()));
        MvcResult french =
                session.perform(post("/account/two-factor?lang=fr").with(csrf()).param("code", "not a code"));

        assertThat(dutch.getResponse().getStatus()).isEqualTo(400);
        assertThat(page(dutch).select("#code-error").text()).startsWith("Deze code klopt niet.");
        assertThat(page(dutch).select("#code").attr("aria-describedby")).isEqualTo("code-hint code-error");
        assertThat(french.getResponse().getStatus()).isEqualTo(400);
        assertThat(page(french).select("#code-error").text()).startsWith("Ce code n'est pas correct.");
        assertThat(fixtures.auditCount("TWO_FACTOR_FAILED", account.id())).isEqualTo(2);
        assertThat(fixtures.auditCount("TWO_FACTOR_PROVED", account.id())).isZero();
    }

    @Test
    void fiveWrongCodesInFifteenMinutesRefuseEvenTheRightOneWith429UntilTheyAreOlder() throws Exception {
        WebSession session = signIn();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(verify(session, wrongCode()).getResponse().getStatus()).isEqualTo(400);
        }
        MvcResult fifth = verify(session, wrongCode());
        assertThat(fifth.getResponse().getStatus()).isEqualTo(429);
        assertThat(page(fifth).select("#code-error").text())
                .isEqualTo("Te veel foute codes. Probeer het over 15 minuten opnieuw.");

        MvcResult right = verify(session, nextCode());
        assertThat(right.getResponse().getStatus()).isEqualTo(429);
        assertThat(fixtures.auditCount("TWO_FACTOR_LOCKED", account.id())).isEqualTo(1);

        jdbc.sql("update second_factor_failure set failed_at = failed_at - interval '15 minutes 1 second'"
                        + " where account_id = :id")
                .param("id", account.id())
                .update();

        assertThat(verify(session, nextCode()).getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(jdbc.sql("select count(*) from second_factor_failure where account_id = :id")
                        .param("id", account.id())
                        .query(Integer.class)
                        .single())
                .as("a proof forgets the wrong codes")
                .isZero();
    }

    @Test
    void aCodeIsAcceptedOnlyOnceEvenInAnotherSession() throws Exception {
        String code = nextCode();
        assertThat(verify(signIn(), code).getResponse().getRedirectedUrl()).isEqualTo("/account");

        MvcResult replayed = verify(signIn(), code);

        assertThat(replayed.getResponse().getStatus()).isEqualTo(400);
        assertThat(page(replayed).select("#code-error").text())
                .isEqualTo("Deze code is al gebruikt. Wacht op de volgende code in uw app.");
        assertThat(fixtures.auditCount("TWO_FACTOR_FAILED", account.id())).isEqualTo(1);
    }

    @Test
    void eachRecoveryCodeWorksOnceInsteadOfACode() throws Exception {
        AccountView person = fixtures.account("recovery");
        String personal = factors.startEnrolment(person.id()).secret();
        List<String> recoveryCodes = factors.confirmEnrolment(
                        person.id(), SecondFactorFixtures.code(personal, Instant.now()))
                .recoveryCodes();
        String code = recoveryCodes.get(3);

        MvcResult proved =
                verify(WebSession.signIn(mvc, person.email(), PlatformFixtures.PASSWORD), code.toLowerCase());
        MvcResult again = verify(WebSession.signIn(mvc, person.email(), PlatformFixtures.PASSWORD), code);

        assertThat(proved.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(again.getResponse().getStatus()).isEqualTo(400);
        assertThat(factors.status(person.id()).recoveryCodesLeft()).isEqualTo(9);
        assertThat(fixtures.auditCount("TWO_FACTOR_RECOVERY_CODE_USED", person.id()))
                .isEqualTo(1);
        assertThat(jdbc.sql("select summary from audit_event where actor_id = :id"
                                + " and action = 'TWO_FACTOR_RECOVERY_CODE_USED'")
                        .param("id", person.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Recovery code used; 9 left");
    }

    @Test
    void withoutAFactorTheFormLeadsToTheEnrolment() throws Exception {
        AccountView person = fixtures.account("not-enrolled");
        WebSession session = WebSession.signIn(mvc, person.email(), PlatformFixtures.PASSWORD);

        MvcResult result = verify(session, "123456");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account/two-factor");
        assertThat(fixtures.auditCount("TWO_FACTOR_FAILED", person.id())).isZero();
    }

    private MvcResult verify(WebSession session, String code) throws Exception {
        return session.perform(post("/account/two-factor").with(csrf()).param("code", code));
    }

    private WebSession signIn() throws Exception {
        return WebSession.signIn(mvc, account.email(), PlatformFixtures.PASSWORD);
    }

    private String nextCode() {
        return SecondFactorFixtures.nextCode(context, account.id(), secret);
    }

    private String wrongCode() {
        return SecondFactorFixtures.code(secret, Instant.now().plusSeconds(600));
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
