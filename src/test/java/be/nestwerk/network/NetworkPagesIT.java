package be.nestwerk.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.network.NetworkFixtures.CreatedNetwork;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.Role;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@NestwerkIntegrationTest
class NetworkPagesIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Networks networks;

    @Autowired
    Memberships memberships;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void agencyAdminCreatesAHuisVanHetKindAndNamesItsFirstCoordinator() {
        NestwerkUser admin = NetworkFixtures.agencyAdmin(context);
        String name = NetworkFixtures.unique("Huis van het Kind Sint-Ëxupéry");
        String email = "first-coordinator-" + UUID.randomUUID() + "@test.nestwerk.local";

        assertThat(mvc.post()
                        .uri("/agency/networks/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", name)
                        .param("coordinatorName", "Eerste Coördinator")
                        .param("coordinatorEmail", email))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/agency");

        NetworkView network = networks.findBySlug(Slugs.of(name)).orElseThrow();
        assertThat(network.slug()).startsWith("huis-van-het-kind-sint-exupery-");
        assertThat(network.kind()).isEqualTo(NetworkKind.HUIS_VAN_HET_KIND);
        assertThat(network.ageFromMonths()).isEqualTo(-9);
        assertThat(network.ageToMonths()).isEqualTo(144);
        assertThat(accounts.findByEmail(email))
                .as("the coordinator's account is made when they accept the invitation")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_link where purpose = 'INVITATION' and network_id = ?"
                                + " and email = ? and role = 'COORDINATOR' and used_at is null",
                        Integer.class,
                        network.id(),
                        email))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, email))
                .isEqualTo(1);
        assertThat(auditActions(network.id())).containsKey("NETWORK_CREATED");
        assertThat(mvc.get().uri("/agency").with(user(admin)))
                .hasStatusOk()
                .bodyText()
                .contains(name);
    }

    @Test
    void agencyAdminNamesAnExistingAccountAsCoordinatorWithoutCreatingAnother() {
        NestwerkUser admin = NetworkFixtures.agencyAdmin(context);
        NestwerkUser existing = NetworkFixtures.person(context, "Existing coordinator");
        String name = NetworkFixtures.unique("Huis van het Kind Bestaand");

        assertThat(mvc.post()
                        .uri("/agency/networks/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", name)
                        .param("coordinatorName", "Ander naam")
                        .param("coordinatorEmail", existing.email()))
                .hasStatus(HttpStatus.FOUND);

        NetworkView network = networks.findBySlug(Slugs.of(name)).orElseThrow();
        assertThat(memberships.holds(existing.id(), network.id(), Role.COORDINATOR))
                .isTrue();
    }

    @Test
    void newHuisVanHetKindFormRefusesMissingCoordinatorWithTranslatedMessages() {
        NestwerkUser admin = NetworkFixtures.agencyAdmin(context);

        assertThat(mvc.post()
                        .uri("/agency/networks/new")
                        .with(user(admin))
                        .with(csrf())
                        .param("name", "")
                        .param("coordinatorName", "")
                        .param("coordinatorEmail", "not-an-address"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Vul een naam in.", "Vul een geldig e-mailadres in", "Vul de naam van de coördinator in.");
    }

    @Test
    void onlyAnAgencyAdminCreatesAHuisVanHetKind() {
        CreatedNetwork huis = NetworkFixtures.huisVanHetKind(context);

        assertThat(mvc.get().uri("/agency/networks/new").with(user(huis.coordinator())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/agency/networks/new")
                        .with(user(huis.coordinator()))
                        .with(csrf())
                        .param("name", "Onrechtmatig")
                        .param("coordinatorName", "X")
                        .param("coordinatorEmail", "x@test.nestwerk.local"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/agency").with(user(huis.coordinator()))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void networksWithTheSameNameGetDifferentAddresses() {
        String name = NetworkFixtures.unique("Huis van het Kind Dubbel");
        CreatedNetwork first = NetworkFixtures.huisVanHetKind(context, name);
        CreatedNetwork second = NetworkFixtures.huisVanHetKind(context, name);

        assertThat(second.slug()).isEqualTo(first.slug() + "-2");
    }

    @Test
    void coordinatorSavesTheSettingsAndTheChangeIsAuditedWithBeforeAndAfter() {
        CreatedNetwork huis = NetworkFixtures.huisVanHetKind(context);
        String newName = NetworkFixtures.unique("Hernoemd Huis");

        assertThat(settings(
                        huis, huis.coordinator(), Map.of("name", newName, "ageFromMonths", "0", "ageToMonths", "216")))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/n/" + huis.slug() + "/settings");

        NetworkView saved = networks.find(huis.id()).orElseThrow();
        assertThat(saved.name()).isEqualTo(newName);
        assertThat(saved.slug()).isEqualTo(huis.slug());
        assertThat(saved.contactEmail()).isEqualTo("info@huis.test");
        assertThat(saved.website()).isEqualTo("https://huis.test");
        assertThat(saved.ageFromMonths()).isZero();
        assertThat(saved.ageToMonths()).isEqualTo(216);
        assertThat(saved.languages()).containsExactly("nl", "ar");
        Map<String, Object> audit = jdbc.queryForMap(
                "select before_data ->> 'name' as before, after_data ->> 'name' as after from audit_event"
                        + " where network_id = ? and action = 'NETWORK_UPDATED'",
                huis.id());
        assertThat(audit).containsEntry("before", huis.network().name()).containsEntry("after", newName);
    }

    @Test
    void invalidSettingsAreRefusedWithTranslatedMessagesAndTheFormIsShownAgain() {
        CreatedNetwork huis = NetworkFixtures.huisVanHetKind(context);

        assertThat(settings(
                        huis,
                        huis.coordinator(),
                        Map.of(
                                "name", " ",
                                "ageFromMonths", "100",
                                "ageToMonths", "50",
                                "website", "javascript:alert(1)",
                                "postcode", "28000",
                                "languages", "xx")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains(
                        "Vul een naam in.",
                        "moet lager zijn dan de leeftijd",
                        "Vul een volledig webadres in",
                        "Een postcode bestaat uit vier cijfers.",
                        "Kies talen uit de lijst.");
        assertThat(networks.find(huis.id()).orElseThrow().name())
                .isEqualTo(huis.network().name());
    }

    @Test
    void settingsErrorsAreShownInFrenchToAFrenchReader() {
        CreatedNetwork huis = NetworkFixtures.huisVanHetKind(context);

        assertThat(mvc.post()
                        .uri("/n/{slug}/settings?lang=fr", huis.slug())
                        .with(user(huis.coordinator()))
                        .with(csrf())
                        .param("name", huis.network().name())
                        .param("ageFromMonths", "24")
                        .param("ageToMonths", "12"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("L’âge « à partir de » doit être inférieur à l’âge « jusqu’à ».");
    }

    @Test
    void directingOrganisationMustBeAnOrganisationOfTheNetwork() {
        CreatedNetwork huis = NetworkFixtures.huisVanHetKind(context);
        CreatedNetwork other = NetworkFixtures.huisVanHetKind(context);
        UUID own = organisation(huis, "Stad (fictief)");
        UUID foreign = organisation(other, "Elders (fictief)");

        assertThat(settings(huis, huis.coordinator(), Map.of("directingOrganisationId", foreign.toString())))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("De organisatie met de regierol moet een organisatie van dit netwerk zijn.");
        assertThat(settings(huis, huis.coordinator(), Map.of("directingOrganisationId", own.toString())))
                .hasStatus(HttpStatus.FOUND);
        assertThat(networks.find(huis.id()).orElseThrow().directingOrganisationId())
                .isEqualTo(own);
    }

    @Test
    void membersWhoAreNotCoordinatorsCannotOpenOrSaveTheSettings() {
        CreatedNetwork huis = NetworkFixtures.huisVanHetKind(context);
        for (Role role : new Role[] {Role.PARTNER_ADMIN, Role.PROFESSIONAL, Role.VOLUNTEER}) {
            NestwerkUser member = NetworkFixtures.member(context, huis, role);
            assertThat(mvc.get().uri("/n/{slug}/settings", huis.slug()).with(user(member)))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(settings(huis, member, Map.of("name", "Overgenomen"))).hasStatus(HttpStatus.FORBIDDEN);
        }
        NestwerkUser outsider = NetworkFixtures.person(context, "Outsider");
        assertThat(settings(huis, outsider, Map.of("name", "Overgenomen"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(networks.find(huis.id()).orElseThrow().name())
                .isEqualTo(huis.network().name());
    }

    @Test
    void unknownNetworkPagesAreNotFound() {
        NestwerkUser person = NetworkFixtures.person(context, "Curious");

        assertThat(mvc.get().uri("/n/does-not-exist-{id}", UUID.randomUUID()).with(user(person)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/n/does-not-exist-{id}/settings", UUID.randomUUID())
                        .with(user(person)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void dashboardShowsMembersTheNetworkAndCoordinatorsTheirTools() {
        CreatedNetwork huis = NetworkFixtures.huisVanHetKind(context);
        NestwerkUser professional = NetworkFixtures.member(context, huis, Role.PROFESSIONAL);
        String base = "/n/" + huis.slug();

        assertThat(mvc.get().uri(base).with(user(huis.coordinator())))
                .hasStatusOk()
                .bodyText()
                .contains(huis.network().name(), "Huis van het Kind", base + "/settings", base + "/area")
                .contains(base + "/partners", base + "/survey", base + "/members", base + "/audit");
        assertThat(mvc.get().uri(base).with(user(professional)))
                .hasStatusOk()
                .bodyText()
                .contains(huis.network().name(), base + "/partners", base + "/survey")
                .doesNotContain(base + "/settings", base + "/members", base + "/audit");
        NestwerkUser officer = NetworkFixtures.member(context, huis, Role.DATA_PROTECTION_OFFICER);
        assertThat(mvc.get().uri(base).with(user(officer)))
                .hasStatusOk()
                .bodyText()
                .contains(base + "/audit")
                .doesNotContain(base + "/settings", base + "/members", base + "/families", base + "/referrals");
        assertThat(mvc.get().uri(base).with(user(NetworkFixtures.person(context, "Stranger"))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(base)).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void coordinatorCreatesACommunityNetworkInsideTheirHuisVanHetKindAndCoordinatesIt() {
        CreatedNetwork huis = NetworkFixtures.huisVanHetKind(context);
        String name = NetworkFixtures.unique("Buurtnetwerk Noord");

        assertThat(mvc.get()
                        .uri("/n/{slug}/community-networks/new", huis.slug())
                        .with(user(huis.coordinator())))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/n/{slug}/community-networks/new", huis.slug())
                        .with(user(huis.coordinator()))
                        .with(csrf())
                        .param("name", name))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/n/" + Slugs.of(name) + "/area");

        NetworkView community = networks.findBySlug(Slugs.of(name)).orElseThrow();
        assertThat(community.kind()).isEqualTo(NetworkKind.COMMUNITY_NETWORK);
        assertThat(community.parentNetworkId()).isEqualTo(huis.id());
        assertThat(memberships.holds(huis.coordinator().id(), community.id(), Role.COORDINATOR))
                .isTrue();
        assertThat(auditActions(community.id())).containsKey("NETWORK_CREATED");
        assertThat(mvc.get().uri("/n/{slug}", huis.slug()).with(user(huis.coordinator())))
                .bodyText()
                .contains(name);
    }

    @Test
    void communityNetworksCannotHaveCommunityNetworksOfTheirOwn() {
        CreatedNetwork community = NetworkFixtures.communityNetwork(context, NetworkFixtures.huisVanHetKind(context));

        assertThat(mvc.post()
                        .uri("/n/{slug}/community-networks/new", community.slug())
                        .with(user(community.coordinator()))
                        .with(csrf())
                        .param("name", "Kleinkind"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyText()
                .contains("Een community-gericht netwerk hoort bij een Huis van het Kind");
    }

    @Test
    void onlyACoordinatorOfTheHuisVanHetKindCreatesCommunityNetworksInIt() {
        CreatedNetwork huis = NetworkFixtures.huisVanHetKind(context);
        NestwerkUser partnerAdmin = NetworkFixtures.member(context, huis, Role.PARTNER_ADMIN);

        assertThat(mvc.post()
                        .uri("/n/{slug}/community-networks/new", huis.slug())
                        .with(user(partnerAdmin))
                        .with(csrf())
                        .param("name", "Zonder toestemming"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(networks.communityNetworksOf(huis.id())).isEmpty();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult settings(
            CreatedNetwork network, NestwerkUser user, Map<String, String> overrides) {
        var request = mvc.post()
                .uri("/n/{slug}/settings", network.slug())
                .with(user(user))
                .with(csrf());
        Map<String, String> values = new java.util.LinkedHashMap<>(Map.of(
                "name", network.network().name(),
                "contactEmail", "info@huis.test",
                "website", "https://huis.test",
                "ageFromMonths", "-9",
                "ageToMonths", "144"));
        values.putAll(overrides);
        values.forEach(request::param);
        if (!overrides.containsKey("languages")) {
            request.param("languages", "nl", "ar");
        }
        return request.exchange();
    }

    private UUID organisation(CreatedNetwork network, String name) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into organisation (id, network_id, name, actor_type) values (?, ?, ?, 'LOCAL_AUTHORITY')",
                id,
                network.id(),
                name);
        return id;
    }

    private Map<String, Object> auditActions(UUID networkId) {
        Map<String, Object> actions = new java.util.HashMap<>();
        jdbc.queryForList(
                        "select action, count(*) as n from audit_event where network_id = ? group by action", networkId)
                .forEach(row -> actions.put((String) row.get("action"), row.get("n")));
        return actions;
    }
}
