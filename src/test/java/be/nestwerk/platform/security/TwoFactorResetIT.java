package be.nestwerk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Resetting a second factor: by the person with a current code, or by a coordinator of a network they belong to. */
@NestwerkIntegrationTest
class TwoFactorResetIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecondFactors factors;

    PlatformFixtures fixtures;
    NetworkRef network;
    AccountView coordinator;
    AccountView volunteer;
    MembershipView membership;

    @BeforeEach
    void network() {
        fixtures = new PlatformFixtures(context);
        network = fixtures.network();
        coordinator = fixtures.member(network, Role.COORDINATOR, null);
        volunteer = fixtures.account("volunteer");
        membership = fixtures.grant(volunteer, network, Role.VOLUNTEER, null);
    }

    @Test
    void aPersonResetsTheirOwnFactorWithACurrentCodeAndThenEnrolsAgain() throws Exception {
        String secret = SecondFactorFixtures.enrol(context, volunteer.id());
        WebSession session = WebSession.signIn(mvc, volunteer.email(), PlatformFixtures.PASSWORD);
        session.perform(post("/account/two-factor")
                .with(csrf())
                .param("code", SecondFactorFixtures.nextCode(context, volunteer.id(), secret)));

        MvcResult wrong = session.perform(post("/account/two-factor/reset")
                .with(csrf())
                .param("code", SecondFactorFixtures.code(secret, Instant.now().plusSeconds(900))));
        assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(wrong.getResponse().getContentAsString())
                        .select("#reset-code-error")
                        .text())
                .startsWith("Deze code klopt niet.");
        assertThat(factors.status(volunteer.id()).enrolled()).isTrue();

        MvcResult reset = session.perform(post("/account/two-factor/reset")
                .with(csrf())
                .param("code", SecondFactorFixtures.nextCode(context, volunteer.id(), secret)));

        assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(factors.status(volunteer.id()).enrolled()).isFalse();
        assertThat(fixtures.auditCount("TWO_FACTOR_RESET", volunteer.id())).isEqualTo(1);
        assertThat(Jsoup.parse(session.perform(get("/account/two-factor"))
                                .getResponse()
                                .getContentAsString())
                        .select("h1")
                        .text())
                .isEqualTo("Tweestapsverificatie instellen");
    }

    @Test
    void aCoordinatorResetsTheFactorOfAMemberOfTheirNetworkAndTheAuditSaysWho() throws Exception {
        SecondFactorFixtures.enrol(context, volunteer.id());
        NestwerkUser principal = fixtures.principal(coordinator);
        String page = "/n/" + network.slug() + "/members/" + membership.id() + "/two-factor";

        MvcResult shown = mvc.perform(get(page).with(SecondFactorFixtures.provedAs(principal)))
                .andReturn();
        assertThat(shown.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(shown.getResponse().getContentAsString()).text())
                .contains(volunteer.email(), "Staat aan sinds");

        MvcResult reset = mvc.perform(post(page + "/reset").with(csrf()).with(SecondFactorFixtures.provedAs(principal)))
                .andReturn();

        assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/n/" + network.slug() + "/members");
        assertThat(reset.getFlashMap().get("noticeArgument")).isEqualTo("Test volunteer");
        assertThat(factors.status(volunteer.id()).enrolled()).isFalse();
        Map<String, Object> audit = jdbc.sql("select network_id, actor_id, entity_id, summary from audit_event"
                        + " where action = 'TWO_FACTOR_RESET' and entity_id = :id")
                .param("id", volunteer.id().toString())
                .query()
                .singleRow();
        assertThat(audit).containsEntry("network_id", network.id()).containsEntry("actor_id", coordinator.id());
        assertThat(audit.get("summary").toString()).contains(volunteer.email(), "reset by a coordinator");
        assertThat(Jsoup.parse(mvc.perform(get(page).with(SecondFactorFixtures.provedAs(principal)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .text())
                .contains("Staat niet aan.");
    }

    @Test
    void nobodyElseCanResetIt() throws Exception {
        SecondFactorFixtures.enrol(context, volunteer.id());
        String reset = "/n/" + network.slug() + "/members/" + membership.id() + "/two-factor/reset";
        AccountView partnerAdmin = fixtures.member(network, Role.PARTNER_ADMIN, fixtures.organisation(network, "org"));
        AccountView professional = fixtures.member(network, Role.PROFESSIONAL, null);
        NetworkRef otherNetwork = fixtures.network();
        AccountView foreignCoordinator = fixtures.member(otherNetwork, Role.COORDINATOR, null);

        for (AccountView caller : new AccountView[] {partnerAdmin, professional, volunteer, foreignCoordinator}) {
            int status = mvc.perform(
                            post(reset).with(csrf()).with(SecondFactorFixtures.provedAs(fixtures.principal(caller))))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as("reset by %s", caller.displayName()).isEqualTo(403);
        }
        String throughOwnNetwork = "/n/" + otherNetwork.slug() + "/members/" + membership.id() + "/two-factor/reset";
        assertThat(mvc.perform(post(throughOwnNetwork)
                                .with(csrf())
                                .with(SecondFactorFixtures.provedAs(fixtures.principal(foreignCoordinator))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a membership of another network is not found through one's own")
                .isEqualTo(404);
        assertThat(mvc.perform(post(reset).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");

        assertThat(factors.status(volunteer.id()).enrolled()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'TWO_FACTOR_RESET' and entity_id = :id")
                        .param("id", volunteer.id().toString())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and actor_id = :id")
                        .param("id", foreignCoordinator.id())
                        .query(Integer.class)
                        .single())
                .isPositive();
    }
}
