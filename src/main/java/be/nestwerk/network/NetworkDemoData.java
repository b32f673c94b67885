package be.nestwerk.network;

import be.nestwerk.platform.demo.DemoDataStep;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.ActingAs;
import be.nestwerk.platform.security.ApiTokens;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fictional demo networks on real territory, loaded at start-up with the demo profile only (which
 * {@code ./mvnw spring-boot:run} switches on). It goes through the same services as a person would, in the demo
 * people's names, so every rule holds and the audit log tells how the data came to be. Loaded once: a second start,
 * or a second instance starting at the same moment, finds it there.
 */
@Component
@Profile("demo")
@Order(10)
class NetworkDemoData implements DemoDataStep {

    static final String PASSWORD = "Nestwerk-demo-2026";
    static final String API_TOKEN = "nw_demo_mechelen_coordinator_do_not_use_in_production";
    static final String MECHELEN = "Huis van het Kind Mechelen (fictief)";
    static final String COMMUNITY = "Buurtnetwerk Mechelen-Centrum (fictief)";
    static final String TURNHOUT = "Huis van het Kind Turnhout (fictief)";
    private static final List<String> COMMUNITY_SECTORS =
            List.of("12025A00-", "12025A011", "12025A02-", "12025A05-", "12025A06-");
    private static final long LOCK = 0x4E657374L;
    private static final Logger log = LoggerFactory.getLogger(NetworkDemoData.class);

    private final Accounts accounts;
    private final Memberships memberships;
    private final ApiTokens apiTokens;
    private final ActingAs actingAs;
    private final Networks networks;
    private final FieldsOfOperation fields;
    private final PartnerAdministration partners;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    NetworkDemoData(
            Accounts accounts,
            Memberships memberships,
            ApiTokens apiTokens,
            ActingAs actingAs,
            Networks networks,
            FieldsOfOperation fields,
            PartnerAdministration partners,
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.apiTokens = apiTokens;
        this.actingAs = actingAs;
        this.networks = networks;
        this.fields = fields;
        this.partners = partners;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void load() {
        transactions.executeWithoutResult(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK);
            if (networks.findBySlug(Slugs.of(MECHELEN)).isPresent()) {
                return;
            }
            loadAll();
            log.info("Demo data loaded: {}, {} and {} (password {})", MECHELEN, COMMUNITY, TURNHOUT, PASSWORD);
        });
    }

    private void loadAll() {
        UUID agency = person("agency@nestwerk.example.org", "Agentschap Demo (fictief)");
        accounts.makeAgencyAdmin(agency);
        UUID coordinator = person("coordinator@mechelen.example.org", "Charlotte Coördinator (fictief)");
        UUID partnerAdmin = person("partner@mechelen.example.org", "Pieter Partner (fictief)");
        UUID professional = person("professional@mechelen.example.org", "Fatima Professional (fictief)");
        UUID volunteer = person("volunteer@mechelen.example.org", "Victor Vrijwilliger (fictief)");
        UUID officer = person("privacy@mechelen.example.org", "Dirk Databescherming (fictief)");
        UUID turnhoutCoordinator = person("coordinator@turnhout.example.org", "Tom Coördinator (fictief)");

        NetworkView mechelen = actingAs.call(
                agency,
                () -> networks.createHuisVanHetKind(
                        MECHELEN, "coordinator@mechelen.example.org", "Charlotte Coördinator (fictief)"));
        Map<String, UUID> mechelenPartners = actingAs.call(coordinator, () -> {
            fields.change(mechelen.id(), List.of(FieldUnit.municipality("12025")));
            Map<String, UUID> added = addPartners(mechelen.id(), DemoPartners.MECHELEN, "Mechelen", "2800");
            networks.update(
                    mechelen.id(),
                    settings(
                            mechelen,
                            "Samen met de partners in Mechelen voor alle gezinnen met kinderen en jongeren.",
                            "info@mechelen.example.org",
                            "015 00 00 00",
                            "2800",
                            "Mechelen",
                            288,
                            List.of("nl", "fr", "en", "ar", "tr"),
                            added.get(DemoPartners.MECHELEN_DIRECTING)));
            return added;
        });
        memberships.grant(
                partnerAdmin,
                mechelen.id(),
                mechelenPartners.get(DemoPartners.PARTNER_ADMIN_ORGANISATION),
                Role.PARTNER_ADMIN);
        memberships.grant(
                professional,
                mechelen.id(),
                mechelenPartners.get(DemoPartners.PROFESSIONAL_ORGANISATION),
                Role.PROFESSIONAL);
        memberships.grant(
                volunteer, mechelen.id(), mechelenPartners.get(DemoPartners.VOLUNTEER_ORGANISATION), Role.VOLUNTEER);
        memberships.grant(officer, mechelen.id(), null, Role.DATA_PROTECTION_OFFICER);

        actingAs.run(coordinator, () -> {
            NetworkView community = networks.createCommunityNetwork(mechelen.id(), COMMUNITY);
            fields.change(
                    community.id(),
                    COMMUNITY_SECTORS.stream().map(FieldUnit::sector).toList());
        });

        NetworkView turnhout = actingAs.call(
                agency,
                () -> networks.createHuisVanHetKind(
                        TURNHOUT, "coordinator@turnhout.example.org", "Tom Coördinator (fictief)"));
        actingAs.run(turnhoutCoordinator, () -> {
            fields.change(turnhout.id(), List.of(FieldUnit.municipality("13040")));
            addPartners(turnhout.id(), DemoPartners.TURNHOUT, "Turnhout", "2300");
        });

        if (!apiTokens.exists(API_TOKEN)) {
            apiTokens.create(coordinator, "Demo (README)", API_TOKEN);
        }
    }

    private Map<String, UUID> addPartners(
            UUID networkId, List<DemoPartner> demoPartners, String town, String postcode) {
        LocalDate review = LocalDate.now(clock).plusMonths(9);
        Map<String, UUID> ids = new HashMap<>();
        demoPartners.forEach(partner -> ids.put(
                partner.name(),
                partners.addPartner(networkId, partner.details(town, postcode), partner.terms(review))));
        return ids;
    }

    private static NetworkSettings settings(
            NetworkView network,
            String description,
            String email,
            String phone,
            String postcode,
            String town,
            int ageToMonths,
            List<String> languages,
            UUID directingOrganisation) {
        return new NetworkSettings(
                network.name(),
                description,
                email,
                phone,
                null,
                null,
                postcode,
                town,
                -9,
                ageToMonths,
                languages,
                directingOrganisation);
    }

    private UUID person(String email, String name) {
        return accounts.findByEmail(email)
                .map(AccountView::id)
                .orElseGet(() -> accounts.create(email, name, PASSWORD).id());
    }
}
