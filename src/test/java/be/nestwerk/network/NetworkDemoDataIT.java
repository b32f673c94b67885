package be.nestwerk.network;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@NestwerkIntegrationTest
class NetworkDemoDataIT {

    @Autowired
    NetworkDemoData demoData;

    @Autowired
    Networks networks;

    @Autowired
    FieldsOfOperation fields;

    @Autowired
    Partners partners;

    @Autowired
    Accounts accounts;

    @Autowired
    Memberships memberships;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loadsAFictionalHuisVanHetKindOnMechelenWithItsPartnersAndACommunityNetworkInsideIt() {
        NetworkView mechelen =
                networks.findBySlug(Slugs.of(NetworkDemoData.MECHELEN)).orElseThrow();
        assertThat(mechelen.name()).contains("fictief");
        assertThat(fields.sectorsOf(mechelen.id())).contains("12025A00-", "12025ZZZZ");
        assertThat(partners.countByNetwork(mechelen.id())).isBetween(12L, 20L);
        assertThat(partners.ofNetwork(mechelen.id()))
                .allSatisfy(partner -> assertThat(partner.name()).endsWith("(fictief)"))
                .extracting(PartnerView::involvement)
                .contains(Involvement.values());
        NetworkView community = networks.communityNetworksOf(mechelen.id()).get(0);
        assertThat(mechelen.id()).isEqualTo(community.parentNetworkId());
        assertThat(fields.sectorsOf(mechelen.id())).containsAll(fields.sectorsOf(community.id()));
        NetworkView turnhout =
                networks.findBySlug(Slugs.of(NetworkDemoData.TURNHOUT)).orElseThrow();
        assertThat(fields.sectorsOf(turnhout.id())).doesNotContainAnyElementsOf(fields.sectorsOf(mechelen.id()));
    }

    @Test
    void hasADemoAccountForEveryRole() {
        UUID mechelen = networks.findBySlug(Slugs.of(NetworkDemoData.MECHELEN))
                .orElseThrow()
                .id();
        assertThat(rolesOf("coordinator@mechelen.example.org", mechelen)).containsExactly(Role.COORDINATOR);
        assertThat(rolesOf("partner@mechelen.example.org", mechelen)).containsExactly(Role.PARTNER_ADMIN);
        assertThat(rolesOf("professional@mechelen.example.org", mechelen)).containsExactly(Role.PROFESSIONAL);
        assertThat(rolesOf("volunteer@mechelen.example.org", mechelen)).containsExactly(Role.VOLUNTEER);
        assertThat(rolesOf("privacy@mechelen.example.org", mechelen)).containsExactly(Role.DATA_PROTECTION_OFFICER);
        assertThat(jdbc.queryForObject(
                        "select count(*) from referral_companion where network_id = ?", Long.class, mechelen))
                .as("the volunteer goes along with the demo referral")
                .isEqualTo(1);
        assertThat(rolesOf("coordinator@turnhout.example.org", mechelen)).isEmpty();
        assertThat(accounts.findByEmail("agency@nestwerk.example.org")
                        .orElseThrow()
                        .agencyAdmin())
                .isTrue();
    }

    @Test
    void theDocumentedApiTokenListsTheCoordinatorsNetworks() {
        assertThat(mvc.get().uri("/api/v1/networks").header("Authorization", "Bearer " + NetworkDemoData.API_TOKEN))
                .hasStatusOk()
                .bodyText()
                .contains(NetworkDemoData.MECHELEN, NetworkDemoData.COMMUNITY)
                .doesNotContain(NetworkDemoData.TURNHOUT);
    }

    @Test
    void loadingTwiceChangesNothing() {
        String count = "select (select count(*) from network) + (select count(*) from organisation)"
                + " + (select count(*) from membership) + (select count(*) from api_token)";
        Long before = jdbc.queryForObject(count, Long.class);
        demoData.load();
        assertThat(jdbc.queryForObject(count, Long.class)).isEqualTo(before);
    }

    private List<Role> rolesOf(String email, UUID networkId) {
        UUID user = accounts.findByEmail(email).orElseThrow().id();
        return memberships.ofUser(user).stream()
                .filter(m -> m.networkId().equals(networkId))
                .map(MembershipView::role)
                .toList();
    }
}
