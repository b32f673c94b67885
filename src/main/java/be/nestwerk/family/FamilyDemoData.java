package be.nestwerk.family;

import be.nestwerk.platform.demo.DemoDataStep;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.ActingAs;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Three fictional families registered by the Mechelen professional, one with a consent to the partner admin's
 * organisation and a family plan ({@link FamilyPlanDemoData}), so that the family pages have something to show. Each registration is its own transaction (a family
 * transaction runs under the family role until it ends).
 */
@Component
@Profile("demo")
@Order(30)
class FamilyDemoData implements DemoDataStep {

    static final String MECHELEN = "huis-van-het-kind-mechelen-fictief";

    private final FamilyRegistry registry;
    private final Consents consents;
    private final FamilyPlanDemoData plans;
    private final NetworkDirectory directory;
    private final NetworkAccess access;
    private final Accounts accounts;
    private final ActingAs actingAs;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FamilyDemoData(
            FamilyRegistry registry,
            Consents consents,
            FamilyPlanDemoData plans,
            NetworkDirectory directory,
            NetworkAccess access,
            Accounts accounts,
            ActingAs actingAs,
            JdbcTemplate jdbc,
            Clock clock) {
        this.registry = registry;
        this.consents = consents;
        this.plans = plans;
        this.directory = directory;
        this.access = access;
        this.accounts = accounts;
        this.actingAs = actingAs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void load() {
        NetworkRef mechelen = directory.findBySlug(MECHELEN).orElseThrow();
        UUID professional = accounts.findByEmail("professional@mechelen.example.org")
                .orElseThrow()
                .id();
        UUID partnerOrganisation = actingAs.call(
                accounts.findByEmail("partner@mechelen.example.org")
                        .orElseThrow()
                        .id(),
                () -> access.organisationsIn(mechelen.id()).iterator().next());
        if (count("select count(*) from family where network_id = ?", mechelen.id()) == 0) {
            actingAs.run(professional, () -> families(mechelen, partnerOrganisation));
        }
        if (count("select count(*) from family_plan where network_id = ?", mechelen.id()) == 0) {
            actingAs.run(professional, () -> plans.forDemo(mechelen.id(), partnerOrganisation));
        }
    }

    private int count(String sql, UUID network) {
        Integer count = jdbc.queryForObject(sql, Integer.class, network);
        return count == null ? 0 : count;
    }

    private void families(NetworkRef mechelen, UUID partnerOrganisation) {
        LocalDate today = LocalDate.now(clock);
        UUID organisation = access.organisationsIn(mechelen.id()).iterator().next();
        UUID yilmaz = registry.register(
                mechelen.id(),
                organisation,
                family(
                        "Gezin Yılmaz (fictief)",
                        "Bellen na 17 uur",
                        List.of("nl", "tr"),
                        "Ayşe Yılmaz",
                        List.of(new NewFamily.NewChild(
                                "Elif", today.minusYears(2).minusMonths(4), false))));
        registry.register(
                mechelen.id(),
                organisation,
                family(
                        "Gezin Peeters (fictief)",
                        "Via de kinderopvang",
                        List.of("nl"),
                        "Sofie Peeters",
                        List.of(
                                new NewFamily.NewChild(
                                        "Lars", today.minusYears(5).minusMonths(10), false),
                                new NewFamily.NewChild(null, today.plusMonths(3), true))));
        registry.register(
                mechelen.id(),
                organisation,
                family(
                        "Gezin Haddad (fictief)",
                        "Via de buurtwerker",
                        List.of("ar", "fr"),
                        "Omar Haddad",
                        List.of(new NewFamily.NewChild(
                                "Yara", today.minusYears(11).minusMonths(9), false))));
        Family first = registry.file(mechelen.id(), yilmaz, "DEMO");
        consents.record(
                mechelen.id(),
                yilmaz,
                new NewConsent(
                        first.members().get(0).id(),
                        partnerOrganisation,
                        ConsentPurpose.REFERRAL,
                        ConsentForm.WRITTEN,
                        organisation,
                        today.plusMonths(6)));
    }

    private static NewFamily family(
            String name, String contact, List<String> languages, String parent, List<NewFamily.NewChild> children) {
        return new NewFamily(
                name,
                false,
                contact,
                "2800",
                languages,
                languages.contains("ar"),
                LegalBasis.CONSENT,
                List.of(new NewFamily.Member(parent, MemberRelation.PARENT)),
                children);
    }
}
