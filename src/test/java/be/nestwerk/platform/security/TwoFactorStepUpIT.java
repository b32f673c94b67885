package be.nestwerk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.method.HandlerMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The step-up in front of {@link RequiresSecondFactor} handlers, through the coordinator's page that resets a
 * member's factor (the first such page) and, for the API's answer, through the interceptor with a handler of this
 * test.
 */
@NestwerkIntegrationTest
class TwoFactorStepUpIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SecondFactorInterceptor interceptor;

    @Autowired
    SecondFactors factors;

    @Autowired
    JsonMapper json;

    PlatformFixtures fixtures;
    NetworkRef network;
    AccountView coordinator;
    MembershipView member;
    String page;

    @BeforeEach
    void network() {
        fixtures = new PlatformFixtures(context);
        network = fixtures.network();
        coordinator = fixtures.member(network, Role.COORDINATOR, null);
        AccountView volunteer = fixtures.account("volunteer");
        member = fixtures.grant(volunteer, network, Role.VOLUNTEER, null);
        page = "/n/" + network.slug() + "/members/" + member.id() + "/two-factor";
    }

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aPageSendsThePersonToProveTheFactorWith303AndBackAfterwards() throws Exception {
        String secret = SecondFactorFixtures.enrol(context, coordinator.id());
        WebSession session = signIn(coordinator);

        MvcResult asked = session.perform(get(page + "?from=members"));

        assertThat(asked.getResponse().getStatus()).isEqualTo(303);
        String location = asked.getResponse().getHeader("Location");
        assertThat(location).startsWith("/account/two-factor?continue=");
        String next = URLDecoder.decode(location.substring(location.indexOf('=') + 1), StandardCharsets.UTF_8);
        assertThat(next).isEqualTo(page + "?from=members");

        MvcResult form = session.perform(get(java.net.URI.create(location)));
        assertThat(Jsoup.parse(form.getResponse().getContentAsString())
                        .select("input[name=continue]")
                        .val())
                .isEqualTo(next);
        MvcResult proved = session.perform(post("/account/two-factor")
                .with(csrf())
                .param("code", SecondFactorFixtures.nextCode(context, coordinator.id(), secret))
                .param("continue", next));
        assertThat(proved.getResponse().getRedirectedUrl()).isEqualTo(next);

        MvcResult shown = session.perform(get(next));
        assertThat(shown.getResponse().getStatus()).isEqualTo(200);
        assertThat(shown.getResponse().getContentAsString().replace("\u00AD", ""))
                .contains("Tweestapsverificatie van Test volunteer");
        assertThat(session.perform(get(page)).getResponse().getStatus())
                .as("once per session")
                .isEqualTo(200);
    }

    @Test
    void withoutAFactorThePersonEnrolsFirstAndGoesOnAfterTheRecoveryCodes() throws Exception {
        WebSession session = signIn(coordinator);

        String location = session.perform(get(page)).getResponse().getHeader("Location");
        MvcResult enrolment = session.perform(get(java.net.URI.create(location)));
        var html = Jsoup.parse(enrolment.getResponse().getContentAsString());
        String secret = html.select("#secret").text().replace(" ", "");
        MvcResult codes = session.perform(post("/account/two-factor/enrol")
                .with(csrf())
                .param("code", SecondFactorFixtures.code(secret, java.time.Instant.now()))
                .param("continue", html.select("input[name=continue]").val()));

        String onwards = Jsoup.parse(codes.getResponse().getContentAsString())
                .select("a#continue")
                .attr("href");
        assertThat(onwards).isEqualTo(page);
        assertThat(session.perform(get(onwards)).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aFormSentWithoutTheProofComesBackToThePageThatHeldIt() throws Exception {
        SecondFactorFixtures.enrol(context, coordinator.id());
        WebSession session = signIn(coordinator);

        MvcResult asked = session.perform(
                post(page + "/reset").with(csrf()).header("Referer", "http://localhost" + page + "?x=1"));

        assertThat(asked.getResponse().getStatus()).isEqualTo(303);
        assertThat(URLDecoder.decode(asked.getResponse().getHeader("Location"), StandardCharsets.UTF_8))
                .isEqualTo("/account/two-factor?continue=" + page + "?x=1");
        MvcResult fromElsewhere =
                session.perform(post(page + "/reset").with(csrf()).header("Referer", "https://evil.example" + page));
        assertThat(fromElsewhere.getResponse().getHeader("Location")).isEqualTo("/account/two-factor");
    }

    @Test
    void theProofEndsInEveryOpenSessionWhenTheFactorIsReset() throws Exception {
        String secret = SecondFactorFixtures.enrol(context, coordinator.id());
        WebSession session = signIn(coordinator);
        session.perform(post("/account/two-factor")
                .with(csrf())
                .param("code", SecondFactorFixtures.nextCode(context, coordinator.id(), secret)));
        assertThat(session.perform(get(page)).getResponse().getStatus()).isEqualTo(200);

        NetworkRef other = fixtures.network();
        fixtures.grant(coordinator, other, Role.PROFESSIONAL, null);
        factors.resetForMember(other.id(), coordinator.id());

        assertThat(session.perform(get(page)).getResponse().getStatus()).isEqualTo(303);
        SecondFactorFixtures.enrol(context, coordinator.id());
        assertThat(session.perform(get(page)).getResponse().getStatus())
                .as("a proof of an older factor does not count for a new one")
                .isEqualTo(303);
    }

    @Test
    void someoneWhoMayNotSeeTheNetworkIsRefusedBeforeBeingAskedForACode() throws Exception {
        AccountView outsider = fixtures.member(fixtures.network(), Role.COORDINATOR, null);
        AccountView volunteer = fixtures.member(network, Role.VOLUNTEER, null);

        assertThat(mvc.perform(get(page).with(user(fixtures.principal(outsider))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get(page).with(user(fixtures.principal(volunteer))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a member without the role is refused by the page itself, proof or not")
                .isEqualTo(403);
        assertThat(mvc.perform(get(page).with(SecondFactorFixtures.provedAs(fixtures.principal(volunteer))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theFixtureActsAsAPersonWhoProvedTheFactor() throws Exception {
        NestwerkUser principal = fixtures.principal(coordinator);

        assertThat(mvc.perform(get(page).with(user(principal)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(303);
        assertThat(mvc.perform(get(page).with(SecondFactorFixtures.provedAs(principal)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void anApiCallIsRefusedWith403AndATranslatedApiError() throws Exception {
        NestwerkUser principal = fixtures.principal(coordinator);
        SecondFactorFixtures.enrol(context, coordinator.id());
        signInForThisThread(principal, false);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        MockHttpServletResponse response = new MockHttpServletResponse();

        boolean passed = interceptor.preHandle(api(), response, handler("families"));

        assertThat(passed).isFalse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode body = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("status").asInt()).isEqualTo(403);
        assertThat(body.get("error").asString()).isEqualTo("second_factor_required");
        assertThat(body.get("message").asString()).startsWith("This data needs two-factor authentication.");
        assertThat(body.get("fields").isEmpty()).isTrue();
    }

    @Test
    void anApiCallWithAProvedSessionAndAnyUnmarkedHandlerGoThrough() throws Exception {
        NestwerkUser principal = fixtures.principal(coordinator);
        SecondFactorFixtures.enrol(context, coordinator.id());

        signInForThisThread(principal, false);
        assertThat(interceptor.preHandle(api(), new MockHttpServletResponse(), handler("organisations")))
                .isTrue();
        signInForThisThread(principal, true);
        assertThat(interceptor.preHandle(api(), new MockHttpServletResponse(), handler("families")))
                .isTrue();
        assertThat(interceptor.preHandle(
                        api(),
                        new MockHttpServletResponse(),
                        new HandlerMethod(new Marked(), Marked.class.getDeclaredMethod("any"))))
                .isTrue();
        signInForThisThread(principal, false);
        assertThat(interceptor.preHandle(
                        api(),
                        new MockHttpServletResponse(),
                        new HandlerMethod(new Marked(), Marked.class.getDeclaredMethod("any"))))
                .as("a marked class marks all its handlers")
                .isFalse();
    }

    private WebSession signIn(AccountView account) throws Exception {
        return WebSession.signIn(mvc, account.email(), PlatformFixtures.PASSWORD);
    }

    private static void signInForThisThread(NestwerkUser user, boolean proved) {
        List<org.springframework.security.core.GrantedAuthority> authorities =
                new java.util.ArrayList<>(user.getAuthorities());
        if (proved) {
            authorities.add(FactorGrantedAuthority.withAuthority(SecondFactor.AUTHORITY)
                    .issuedAt(java.time.Instant.now())
                    .build());
        }
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
    }

    private static MockHttpServletRequest api() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/networks/n/families");
        request.addHeader("Accept-Language", "en");
        return request;
    }

    private static HandlerMethod handler(String method) throws NoSuchMethodException {
        return new HandlerMethod(new Probe(), Probe.class.getDeclaredMethod(method));
    }

    /** Handlers as the family module will have them: one marked, one not. */
    static class Probe {

        @RequiresSecondFactor
        String families() {
            return "families";
        }

        String organisations() {
            return "organisations";
        }
    }

    /** A whole controller marked: every handler asks for the factor. */
    @RequiresSecondFactor
    static class Marked {

        String any() {
            return "any";
        }
    }
}
