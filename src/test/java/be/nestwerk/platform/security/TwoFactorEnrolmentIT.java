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

/** Enrolment at /account/two-factor: a QR code and the secret, confirmed by a first code, then recovery codes. */
@NestwerkIntegrationTest
class TwoFactorEnrolmentIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecretCipher cipher;

    PlatformFixtures fixtures;
    AccountView account;
    WebSession session;

    @BeforeEach
    void signIn() throws Exception {
        fixtures = new PlatformFixtures(context);
        account = fixtures.account("enrolment");
        session = WebSession.signIn(mvc, account.email(), PlatformFixtures.PASSWORD);
    }

    @Test
    void showsAQrCodeAndTheSecretTheSameOnEveryReloadAndStoresItEncrypted() throws Exception {
        MvcResult first = session.perform(get("/account/two-factor"));
        MvcResult again = session.perform(get("/account/two-factor"));

        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        Document page = Jsoup.parse(first.getResponse().getContentAsString());
        assertThat(heading(page)).isEqualTo("Tweestapsverificatie instellen");
        assertThat(page.select("svg[role=img][aria-label] path").attr("d")).startsWith("M4,4h1v1h-1z");
        assertThat(page.select("svg").attr("viewBox")).matches("0 0 \\d+ \\d+");
        String secret = secret(page);
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(secret(Jsoup.parse(again.getResponse().getContentAsString())))
                .isEqualTo(secret);

        byte[] stored = jdbc.sql("select secret from second_factor where account_id = :id and confirmed_at is null")
                .param("id", account.id())
                .query(byte[].class)
                .single();
        assertThat(stored).isNotEqualTo(Base32.decode(secret));
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(secret);
        assertThat(cipher.decrypt(stored)).isEqualTo(Base32.decode(secret));
        assertThat(status().enrolled()).isFalse();
    }

    @Test
    void theFirstCodeSwitchesItOnShowsTenRecoveryCodesOnceAndProvesTheSession() throws Exception {
        String secret = secret(Jsoup.parse(
                session.perform(get("/account/two-factor")).getResponse().getContentAsString()));

        MvcResult confirmed = session.perform(post("/account/two-factor/enrol")
                .with(csrf())
                .param("code", SecondFactorFixtures.code(secret, Instant.now()))
                .param("continue", "/account?from=two-factor"));

        assertThat(confirmed.getResponse().getStatus()).isEqualTo(200);
        assertThat(confirmed.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        Document page = Jsoup.parse(confirmed.getResponse().getContentAsString());
        List<String> codes = page.select("#recovery-codes li").eachText();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[2-9A-Z]{5}-[2-9A-Z]{5}"));
        assertThat(page.select("a#continue").attr("href")).isEqualTo("/account?from=two-factor");
        assertThat(status().enrolled()).isTrue();
        assertThat(status().recoveryCodesLeft()).isEqualTo(10);
        List<String> hashes = jdbc.sql("select code_hash from second_factor_recovery_code where account_id = :id")
                .param("id", account.id())
                .query(String.class)
                .list();
        assertThat(hashes).hasSize(10).allMatch(hash -> hash.startsWith("{bcrypt}"));
        assertThat(String.join(" ", hashes)).doesNotContain(codes.get(0).replace("-", ""));
        assertThat(fixtures.auditCount("TWO_FACTOR_ENROLLED", account.id())).isEqualTo(1);

        Document status = Jsoup.parse(
                session.perform(get("/account/two-factor")).getResponse().getContentAsString());
        assertThat(heading(status)).isEqualTo("Tweestapsverificatie");
        assertThat(status.text()).contains("Ongebruikte herstelcodes: 10", "in deze sessie al bevestigd");
        assertThat(status.select("form[action$=/account/two-factor/reset]")).hasSize(1);
        assertThat(status.text()).doesNotContain(codes.get(0));
    }

    @Test
    void aWrongFirstCodeShowsTheSameSecretAgainWith400AndATranslatedMessage() throws Exception {
        String secret = secret(Jsoup.parse(
                session.perform(get("/account/two-factor")).getResponse().getContentAsString()));
        String wrong = SecondFactorFixtures.code(secret, Instant.now().plusSeconds(300));

        MvcResult refused = session.perform(
                post("/account/two-factor/enrol?lang=en").with(csrf()).param("code", wrong));

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(page.select("#code-error").text()).startsWith("This code is not right.");
        assertThat(page.select("#code").attr("aria-invalid")).isEqualTo("true");
        assertThat(secret(page)).isEqualTo(secret);
        assertThat(status().enrolled()).isFalse();
        assertThat(fixtures.auditCount("TWO_FACTOR_FAILED", account.id())).isEqualTo(1);
    }

    @Test
    void theAccountPageSaysWhetherItIsOnAndLinksToIt() throws Exception {
        Document off =
                Jsoup.parse(session.perform(get("/account")).getResponse().getContentAsString());
        assertThat(off.select("#two-factor-status").text()).startsWith("Nog niet ingesteld.");
        assertThat(off.select("a[href=/account/two-factor]").text()).isEqualTo("Tweestapsverificatie instellen");

        SecondFactorFixtures.enrol(context, account.id());

        Document on = Jsoup.parse(session.perform(get("/account")).getResponse().getContentAsString());
        assertThat(on.select("#two-factor-status").text()).startsWith("Aan sinds ");
        assertThat(on.select("a[href=/account/two-factor]").text()).isEqualTo("Tweestapsverificatie beheren");
    }

    private SecondFactors.Status status() {
        return context.getBean(SecondFactors.class).status(account.id());
    }

    /** Without the soft hyphen that lets the long Dutch word break on a phone. */
    static String heading(Document page) {
        return page.select("h1").text().replace("\u00AD", "");
    }

    private static String secret(Document page) {
        return page.select("#secret").text().replace(" ", "");
    }
}
