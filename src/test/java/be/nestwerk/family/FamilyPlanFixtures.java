package be.nestwerk.family;

import be.nestwerk.family.FamilyFixtures.Scene;
import be.nestwerk.network.NetworkFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Family plans for tests. */
final class FamilyPlanFixtures {

    private FamilyPlanFixtures() {}

    /** A plan with these partners present and one step for the family, due in a week; follow-up in a month. */
    static PlanDraft draft(Set<UUID> partners) {
        return new PlanDraft(
                LocalDate.now(),
                "Rust in huis en een plaats in de kinderopvang",
                "Mama kookt graag en kent de buren goed",
                "Aangemeld bij de kinderopvang",
                "nl",
                LocalDate.now().plusMonths(1),
                partners,
                List.of(new PlanDraft.Step(
                        null,
                        "Langsgaan bij de speel-o-theek",
                        StepOwner.FAMILY,
                        null,
                        null,
                        LocalDate.now().plusWeeks(1))));
    }

    /** Records the family's consent to share its plan with the scene's other organisation. */
    static UUID consentToShareThePlan(ApplicationContext context, Scene scene, UUID familyId) {
        return NetworkFixtures.actingAs(scene.professional(), () -> {
            Family family =
                    context.getBean(FamilyRegistry.class).file(scene.network().id(), familyId, "TEST");
            return context.getBean(Consents.class)
                    .record(
                            scene.network().id(),
                            familyId,
                            new NewConsent(
                                    family.members().get(0).id(),
                                    scene.otherOrganisation(),
                                    ConsentPurpose.FAMILY_PLAN,
                                    ConsentForm.WRITTEN,
                                    scene.organisation(),
                                    LocalDate.now().plusMonths(6)));
        });
    }

    /** A plan made by the scene's professional for the first organisation. */
    static UUID plan(ApplicationContext context, Scene scene, UUID familyId, PlanDraft draft) {
        return NetworkFixtures.actingAs(
                scene.professional(),
                () -> context.getBean(FamilyPlans.class)
                        .create(scene.network().id(), familyId, scene.organisation(), draft));
    }
}
