package be.nestwerk.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@NestwerkIntegrationTest
class MembersPageIT {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Memberships memberships;

    @Autowired
    Invitations invitations;

    PlatformFixtures fixtures;
    NetworkRef network;
    UUID organisation;
    AccountView coordinator;
    NestwerkUser coordinatorUser;

    @BeforeEach
    void network() {
        fixtures = new PlatformFixtures(context);
        network = fixtures.network();
        organisation = fixtures.organisation(network, "CAW Boven-Schelde");
        coordinator = fixtures.member(network, Role.COORDINATOR, null);
        coordinatorUser = fixtures.principal(coordinator);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void listsTheMembersWithTheirRoleAndOrganisationAndThePendingInvitations() {
        AccountView professional = fixtures.member(network, Role.PROFESSIONAL, organisation);
        invite("pending-" + UUID.randomUUID() + "@test.nestwerk.be", Role.VOLUNTEER, organisation.toString());

        assertThat(mvc.get().uri("/n/{slug}/members", network.slug()).with(user(coordinatorUser)))
                .hasStatusOk()
                .bodyText()
                .contains(professional.displayName(), professional.email(), "Professional", "CAW Boven-Schelde")
                .contains(coordinator.email(), "Coördinator")
                .contains("Openstaande uitnodigingen", "pending-", "Vrijwilliger");
    }

    @Test
    void onlyTheCoordinatorSeesTheMembersPage() {
        AccountView professional = fixtures.member(network, Role.PROFESSIONAL, organisation);
        AccountView outsider = fixtures.member(fixtures.network(), Role.COORDINATOR, null);

        assertThat(mvc.get().uri("/n/{slug}/members", network.slug()).with(user(fixtures.principal(professional))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/n/{slug}/members", network.slug()).with(user(fixtures.principal(outsider))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/n/{slug}/members/invitations", network.slug())
                        .with(user(fixtures.principal(professional)))
                        .with(csrf())
                        .param("email", "x@test.nestwerk.be")
                        .param("name", "X")
                        .param("role", "COORDINATOR"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/n/{slug}/members", network.slug())).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/n/does-not-exist/members").with(user(coordinatorUser)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void requiresAnOrganisationForEveryRoleButCoordinatorAndAValidAddress() {
        assertThat(invite("no-org-" + UUID.randomUUID() + "@test.nestwerk.be", Role.PROFESSIONAL, ""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Kies de organisatie waarvoor deze persoon werkt");
        assertThat(invite("not an address", Role.COORDINATOR, ""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Vul een geldig e-mailadres in");
        assertThat(invite("bad-role@test.nestwerk.be", null, ""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Kies een rol uit de lijst");

        String coordinatorEmail = PlatformFixtures.uniqueEmail("co");
        assertThat(invite(coordinatorEmail, Role.COORDINATOR, "")).hasStatus(HttpStatus.FOUND);
        assertThat(Outbox.count(jdbc, coordinatorEmail)).isEqualTo(1);
    }

    @Test
    void refusesAnOrganisationOfAnotherNetwork() {
        UUID foreign = fixtures.organisation(fixtures.network(), "Elders");

        assertThat(invite(PlatformFixtures.uniqueEmail("foreign"), Role.PROFESSIONAL, foreign.toString()))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("Deze organisatie hoort niet bij dit netwerk");
    }

    @Test
    void removesAMembershipButNeverTheLastCoordinator() {
        AccountView professional = fixtures.member(network, Role.PROFESSIONAL, organisation);
        MembershipView professionalMembership =
                memberships.ofUser(professional.id()).get(0);
        MembershipView coordinatorMembership =
                memberships.ofUser(coordinator.id()).get(0);

        assertThat(remove(professionalMembership.id())).hasStatus(HttpStatus.FOUND);
        assertThat(memberships.ofUser(professional.id())).isEmpty();

        assertThat(remove(coordinatorMembership.id()))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("Een netwerk heeft altijd minstens één coördinator");
        assertThat(memberships.holds(coordinator.id(), network.id(), Role.COORDINATOR))
                .isTrue();
        assertThat(fixtures.auditCount("MEMBERSHIP_REMOVED", coordinator.id())).isEqualTo(1);
    }

    @Test
    void aMembershipOfAnotherNetworkIsNotFound() {
        NetworkRef other = fixtures.network();
        AccountView stranger = fixtures.member(other, Role.COORDINATOR, null);
        fixtures.member(other, Role.COORDINATOR, null);

        assertThat(remove(memberships.ofUser(stranger.id()).get(0).id())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(memberships.ofUser(stranger.id())).hasSize(1);
    }

    @Test
    void changesARoleButTheLastCoordinatorCannotStepDown() {
        AccountView professional = fixtures.member(network, Role.PROFESSIONAL, organisation);
        UUID membership = memberships.ofUser(professional.id()).get(0).id();

        assertThat(changeRole(membership, Role.VOLUNTEER, organisation.toString()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(memberships.ofUser(professional.id())).singleElement().satisfies(m -> {
            assertThat(m.role()).isEqualTo(Role.VOLUNTEER);
            assertThat(m.organisationId()).isEqualTo(organisation);
        });

        UUID coordinatorMembership = memberships.ofUser(coordinator.id()).get(0).id();
        assertThat(changeRole(coordinatorMembership, Role.PROFESSIONAL, organisation.toString()))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("minstens één coördinator");
        assertThat(memberships.ofUser(coordinator.id()))
                .singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(Role.COORDINATOR));

        assertThat(changeRole(membership, Role.PROFESSIONAL, "")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void appointsADataProtectionOfficerWithoutOrganisation() {
        AccountView professional = fixtures.member(network, Role.PROFESSIONAL, organisation);
        UUID membership = memberships.ofUser(professional.id()).get(0).id();

        assertThat(changeRole(membership, Role.DATA_PROTECTION_OFFICER, organisation.toString()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("kies geen organisatie");
        assertThat(invite(
                        PlatformFixtures.uniqueEmail("officer"), Role.DATA_PROTECTION_OFFICER, organisation.toString()))
                .hasStatus(HttpStatus.BAD_REQUEST);

        assertThat(changeRole(membership, Role.DATA_PROTECTION_OFFICER, "")).hasStatus(HttpStatus.FOUND);
        assertThat(memberships.ofUser(professional.id())).singleElement().satisfies(m -> {
            assertThat(m.role()).isEqualTo(Role.DATA_PROTECTION_OFFICER);
            assertThat(m.organisationId()).isNull();
        });
        assertThat(mvc.get().uri("/n/{slug}/members", network.slug()).with(user(coordinatorUser)))
                .bodyText()
                .contains("Functionaris gegevensbescherming");
    }

    @Test
    void resendingSendsANewLinkAndCancellingEndsIt() {
        String email = PlatformFixtures.uniqueEmail("resend");
        invite(email, Role.VOLUNTEER, organisation.toString());
        String first = Outbox.latestLink(jdbc, email, "/account/invitation/");
        UUID invitation = jdbc.sql("select id from account_link where email = :email")
                .param("email", email)
                .query(UUID.class)
                .single();

        assertThat(mvc.post()
                        .uri("/n/{slug}/members/invitations/{id}/resend", network.slug(), invitation)
                        .with(user(coordinatorUser))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        String second = Outbox.latestLink(jdbc, email, "/account/invitation/");
        assertThat(second).isNotEqualTo(first);
        assertThat(mvc.get().uri(first)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(second)).hasStatusOk();

        assertThat(mvc.post()
                        .uri("/n/{slug}/members/invitations/{id}/cancel", network.slug(), invitation)
                        .with(user(coordinatorUser))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri(second)).hasStatus(HttpStatus.GONE);
        assertThat(fixtures.auditCount("INVITATION_SENT", coordinator.id())).isEqualTo(2);
        assertThat(fixtures.auditCount("INVITATION_CANCELLED", coordinator.id()))
                .isEqualTo(1);
    }

    @Test
    void theNetworkModuleCanHaveAnAgencyAdministratorInviteTheFirstCoordinator() {
        NetworkRef fresh = fixtures.network();
        AccountView agencyAdmin = fixtures.account("agency");
        context.getBean(Accounts.class).makeAgencyAdmin(agencyAdmin.id());
        String email = PlatformFixtures.uniqueEmail("first-coordinator");

        actAs(fixtures.principal(agencyAdmin));
        invitations.inviteExistingOrNew(fresh.id(), email, "Eerste Coördinator", Role.COORDINATOR, null);
        assertThat(Outbox.latestBody(jdbc, email)).contains("Eerste Coördinator", fresh.name());

        actAs(fixtures.principal(fixtures.account("nobody")));
        assertThatThrownBy(() -> invitations.inviteExistingOrNew(fresh.id(), email, "X", Role.COORDINATOR, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void actAs(NestwerkUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private MvcTestResult invite(String email, Role role, String organisationId) {
        return mvc.post()
                .uri("/n/{slug}/members/invitations", network.slug())
                .with(user(coordinatorUser))
                .with(csrf())
                .param("email", email)
                .param("name", "Uitgenodigde")
                .param("role", role == null ? "" : role.name())
                .param("organisation", organisationId)
                .exchange();
    }

    private MvcTestResult remove(UUID membershipId) {
        return mvc.post()
                .uri("/n/{slug}/members/{id}/remove", network.slug(), membershipId)
                .with(user(coordinatorUser))
                .with(csrf())
                .exchange();
    }

    private MvcTestResult changeRole(UUID membershipId, Role role, String organisationId) {
        return mvc.post()
                .uri("/n/{slug}/members/{id}/role", network.slug(), membershipId)
                .with(user(coordinatorUser))
                .with(csrf())
                .param("role", role.name())
                .param("organisation", organisationId)
                .exchange();
    }
}
