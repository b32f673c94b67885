package be.nestwerk.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.mail.ReceivedMail;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
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
class InvitationIT {

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

    @Autowired
    Memberships memberships;

    PlatformFixtures fixtures;
    NetworkRef network;
    UUID organisation;
    AccountView coordinator;

    @BeforeEach
    void network() {
        fixtures = new PlatformFixtures(context);
        network = fixtures.network();
        organisation = fixtures.organisation(network, "Kinderopvang De Vlinder");
        coordinator = fixtures.member(network, Role.COORDINATOR, null);
    }

    @Test
    void aNewPersonFollowsTheMailedLinkAndJoinsTheNetworkWithTheInvitedRole() throws Exception {
        String email = PlatformFixtures.uniqueEmail("anna");
        assertThat(invite(email, "Anna Peeters", Role.PROFESSIONAL, organisation))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/n/" + network.slug() + "/members");

        MimeMessage mail = ReceivedMail.awaitMailTo(greenMail, email);
        assertThat(mail.getSubject()).contains(network.name());
        assertThat(ReceivedMail.text(mail)).contains("Anna Peeters", "Professional");
        String link = ReceivedMail.linkIn(mail, "/account/invitation/");

        assertThat(mvc.get().uri(link))
                .hasStatusOk()
                .bodyText()
                .contains(network.name(), "Professional", "Kies een naam en een wachtwoord", "Anna Peeters");

        MvcTestResult accepted = mvc.post()
                .uri(link)
                .with(csrf())
                .param("displayName", "Anna Peeters-Janssens")
                .param("password", "een lang genoeg wachtwoord")
                .param("passwordAgain", "een lang genoeg wachtwoord")
                .exchange();
        assertThat(accepted).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/workspace");

        AccountView anna = accounts.findByEmail(email).orElseThrow();
        assertThat(anna.displayName()).isEqualTo("Anna Peeters-Janssens");
        assertThat(accounts.passwordMatches(anna.id(), "een lang genoeg wachtwoord"))
                .isTrue();
        List<MembershipView> annasMemberships = memberships.ofUser(anna.id());
        assertThat(annasMemberships).singleElement().satisfies(membership -> {
            assertThat(membership.networkId()).isEqualTo(network.id());
            assertThat(membership.role()).isEqualTo(Role.PROFESSIONAL);
            assertThat(membership.organisationId()).isEqualTo(organisation);
        });

        Cookie session = accepted.getResponse().getCookie("SESSION");
        assertThat(session).as("signed in after accepting").isNotNull();
        assertThat(mvc.get().uri("/account").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Anna Peeters-Janssens", network.name());

        assertThat(fixtures.auditCount("INVITATION_SENT", coordinator.id())).isEqualTo(1);
        assertThat(fixtures.auditCount("INVITATION_ACCEPTED", anna.id())).isEqualTo(1);
        assertThat(fixtures.auditCount("MEMBERSHIP_ADDED", anna.id())).isEqualTo(1);
    }

    @Test
    void theLinkWorksOnlyOnce() {
        String email = PlatformFixtures.uniqueEmail("once");
        invite(email, "Once", Role.VOLUNTEER, organisation);
        String link = Outbox.latestLink(jdbc, email, "/account/invitation/");
        assertThat(acceptAsNewPerson(link)).hasStatus(HttpStatus.FOUND);

        assertThat(mvc.get().uri(link)).hasStatus(HttpStatus.GONE).bodyText().contains("Deze link werkt niet meer");
        assertThat(acceptAsNewPerson(link)).hasStatus(HttpStatus.GONE);
    }

    @Test
    void refusesAnExpiredLinkWithATranslatedPage() {
        String email = PlatformFixtures.uniqueEmail("expired");
        invite(email, "Expired", Role.VOLUNTEER, organisation);
        String link = Outbox.latestLink(jdbc, email, "/account/invitation/");
        jdbc.sql("update account_link set expires_at = now() - interval '1 minute' where email = :email")
                .param("email", email)
                .update();

        assertThat(mvc.get().uri(link + "?lang=fr"))
                .hasStatus(HttpStatus.GONE)
                .bodyText()
                .contains("Ce lien ne fonctionne plus");
        assertThat(acceptAsNewPerson(link)).hasStatus(HttpStatus.GONE);
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void anUnknownLinkIsNotFound() {
        assertThat(mvc.get().uri("/account/invitation/nwi_doesnotexist")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesAShortPasswordOrTwoDifferentOnesWithATranslatedMessage() {
        String email = PlatformFixtures.uniqueEmail("short");
        invite(email, "Short", Role.VOLUNTEER, organisation);
        String link = Outbox.latestLink(jdbc, email, "/account/invitation/");

        assertThat(mvc.post()
                        .uri(link)
                        .with(csrf())
                        .param("displayName", "Short")
                        .param("password", "te kort")
                        .param("passwordAgain", "iets anders"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("minstens 12 tekens", "niet gelijk");
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(mvc.get().uri(link)).hasStatusOk();
    }

    @Test
    void anExistingAccountSignsInAndAcceptsWithOneClick() {
        AccountView existing = fixtures.account("existing");
        invite(existing.email(), existing.displayName(), Role.PARTNER_ADMIN, organisation);
        String link = Outbox.latestLink(jdbc, existing.email(), "/account/invitation/");
        String token = link.substring("/account/invitation/".length());

        assertThat(mvc.get().uri(link)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/account/join/" + token);
        MvcTestResult anonymous = mvc.get().uri("/account/join/" + token).exchange();
        assertThat(anonymous).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(mvc.post()
                        .uri("/login")
                        .with(csrf())
                        .param("username", existing.email())
                        .param("password", PlatformFixtures.PASSWORD)
                        .cookie(anonymous.getResponse().getCookie("SESSION")))
                .as("back to the invitation after signing in")
                .redirectedUrl()
                .contains("/account/join/" + token);
        assertThat(mvc.get().uri("/account/join/" + token).with(user(fixtures.principal(existing))))
                .hasStatusOk()
                .bodyText()
                .contains("Uitnodiging aanvaarden", network.name());

        assertThat(mvc.post()
                        .uri("/account/join/" + token)
                        .with(user(fixtures.principal(existing)))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/workspace");

        assertThat(memberships.ofUser(existing.id()))
                .singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(Role.PARTNER_ADMIN));
        assertThat(mvc.post()
                        .uri("/account/join/" + token)
                        .with(user(fixtures.principal(existing)))
                        .with(csrf()))
                .hasStatus(HttpStatus.GONE);
    }

    @Test
    void anotherAccountCannotAcceptSomeoneElsesInvitation() {
        AccountView invitee = fixtures.account("invitee");
        AccountView intruder = fixtures.account("intruder");
        invite(invitee.email(), invitee.displayName(), Role.VOLUNTEER, organisation);
        String token = Outbox.latestLink(jdbc, invitee.email(), "/account/invitation/")
                .substring("/account/invitation/".length());

        assertThat(mvc.get().uri("/account/join/" + token).with(user(fixtures.principal(intruder))))
                .hasStatusOk()
                .bodyText()
                .contains("Deze uitnodiging is voor " + invitee.email());
        assertThat(mvc.post()
                        .uri("/account/join/" + token)
                        .with(user(fixtures.principal(intruder)))
                        .with(csrf()))
                .hasStatus(HttpStatus.CONFLICT);

        assertThat(memberships.ofUser(intruder.id())).isEmpty();
        assertThat(memberships.ofUser(invitee.id())).isEmpty();
    }

    @Test
    void aNewPersonCannotTakeOverAnExistingAccountThroughTheNewPersonForm() {
        AccountView existing = fixtures.account("taken");
        invite(existing.email(), "Someone", Role.VOLUNTEER, organisation);
        String link = Outbox.latestLink(jdbc, existing.email(), "/account/invitation/");

        assertThat(acceptAsNewPerson(link))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl(link.replace("invitation", "join"));
        assertThat(accounts.passwordMatches(existing.id(), PlatformFixtures.PASSWORD))
                .isTrue();
        assertThat(memberships.ofUser(existing.id())).isEmpty();
    }

    private MvcTestResult invite(String email, String name, Role role, UUID organisationId) {
        return mvc.post()
                .uri("/n/{slug}/members/invitations", network.slug())
                .with(user(fixtures.principal(coordinator)))
                .with(csrf())
                .param("email", email)
                .param("name", name)
                .param("role", role.name())
                .param("organisation", organisationId.toString())
                .exchange();
    }

    private MvcTestResult acceptAsNewPerson(String link) {
        return mvc.post()
                .uri(link)
                .with(csrf())
                .param("displayName", "Nieuwe persoon")
                .param("password", "een lang genoeg wachtwoord")
                .param("passwordAgain", "een lang genoeg wachtwoord")
                .exchange();
    }
}
