package be.nestwerk.family;

import be.nestwerk.platform.tenancy.NetworkAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's family plan (loaded by {@link FamilyDemoData}): the fictional Yılmaz family at the table with the
 * partner admin's organisation, which the family consented to share the plan with.
 */
@Component
@Profile("demo")
class FamilyPlanDemoData {

    static final String FAMILY = "Gezin Yılmaz (fictief)";

    private final FamilyPlans plans;
    private final FamilyRegistry registry;
    private final Consents consents;
    private final NetworkAccess access;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FamilyPlanDemoData(
            FamilyPlans plans,
            FamilyRegistry registry,
            Consents consents,
            NetworkAccess access,
            JdbcTemplate jdbc,
            Clock clock) {
        this.plans = plans;
        this.registry = registry;
        this.consents = consents;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** As the Mechelen professional. */
    void forDemo(UUID network, UUID partnerOrganisation) {
        List<UUID> found = jdbc.queryForList(
                "select id from family where network_id = ? and name = ? and anonymised_at is null",
                UUID.class,
                network,
                FAMILY);
        if (found.isEmpty()) {
            return;
        }
        UUID yilmaz = found.get(0);
        LocalDate today = LocalDate.now(clock);
        UUID organisation = access.organisationsIn(network).iterator().next();
        Family file = registry.file(network, yilmaz, "DEMO");
        consents.record(
                network,
                yilmaz,
                new NewConsent(
                        file.members().get(0).id(),
                        partnerOrganisation,
                        ConsentPurpose.FAMILY_PLAN,
                        ConsentForm.WRITTEN,
                        organisation,
                        today.plusMonths(6)));
        plans.create(
                network,
                yilmaz,
                organisation,
                new PlanDraft(
                        today.minusDays(2),
                        "Ayşe wil Nederlands oefenen en zoekt een plek in de kinderopvang voor Elif, twee dagen per"
                                + " week.",
                        "Een warm netwerk van buren; Ayşe leest graag voor; Elif gaat graag naar de speel-o-theek.",
                        "Ingeschreven op de wachtlijst van de kinderopvang.",
                        "nl",
                        today.plusMonths(2),
                        Set.of(partnerOrganisation),
                        List.of(
                                new PlanDraft.Step(
                                        null,
                                        "Taalcafé op dinsdag uitproberen",
                                        StepOwner.FAMILY,
                                        null,
                                        null,
                                        today.plusWeeks(3)),
                                new PlanDraft.Step(
                                        null,
                                        "Contact opnemen met de kinderopvang over een plaats",
                                        StepOwner.ORGANISATION,
                                        partnerOrganisation,
                                        null,
                                        today.plusWeeks(2)))));
    }
}
