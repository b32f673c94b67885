package be.nestwerk.referral;

import static be.nestwerk.network.NetworkFixtures.actingAs;

import be.nestwerk.family.ConsentForm;
import be.nestwerk.family.ConsentPurpose;
import be.nestwerk.family.Consents;
import be.nestwerk.family.Family;
import be.nestwerk.family.FamilyFixtures;
import be.nestwerk.family.FamilyRegistry;
import be.nestwerk.family.NewConsent;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.Role;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * Referrals for tests: the family scene (the first organisation registers a family), a consent for a referral to the
 * second organisation, and a third organisation the family never consented to.
 */
public final class ReferralFixtures {

    private ReferralFixtures() {}

    public record ReferralScene(
            FamilyFixtures.Scene family,
            UUID familyId,
            UUID consentId,
            UUID thirdOrganisation,
            NestwerkUser thirdProfessional) {

        public NestwerkUser sender() {
            return family.professional();
        }

        public NestwerkUser receiver() {
            return family.otherProfessional();
        }

        public UUID networkId() {
            return family.network().id();
        }
    }

    public static ReferralScene scene(ApplicationContext context) {
        FamilyFixtures.Scene scene = FamilyFixtures.scene(context);
        UUID familyId = FamilyFixtures.registered(context, scene, FamilyFixtures.family("Vermeulen"));
        UUID consentId = actingAs(scene.professional(), () -> {
            Family family =
                    context.getBean(FamilyRegistry.class).file(scene.network().id(), familyId, "TEST");
            return context.getBean(Consents.class)
                    .record(
                            scene.network().id(),
                            familyId,
                            new NewConsent(
                                    family.members().get(0).id(),
                                    scene.otherOrganisation(),
                                    ConsentPurpose.REFERRAL,
                                    ConsentForm.VERBAL,
                                    scene.organisation(),
                                    LocalDate.now().plusMonths(6)));
        });
        PlatformFixtures platform = new PlatformFixtures(context);
        UUID third = platform.organisation(scene.network(), "CAW");
        NestwerkUser thirdProfessional = platform.principal(platform.member(scene.network(), Role.PROFESSIONAL, third));
        return new ReferralScene(scene, familyId, consentId, third, thirdProfessional);
    }

    public static NewReferral referralTo(ReferralScene scene, UUID organisation) {
        return new NewReferral(
                scene.familyId(),
                UUID.randomUUID(),
                scene.family().organisation(),
                organisation,
                new ReferralRequest(
                        "Mama zoekt opvang voor Lina, ze start een opleiding",
                        "Twee halve dagen per week, dicht bij huis",
                        "ar",
                        true,
                        "Via de school, 's avonds bellen",
                        "Na 18 uur"),
                new WarmHandover(true, true, false, "Ik bel dinsdag om het gezin voor te stellen"),
                null,
                null);
    }

    /** A referral sent by the scene's professional to the consented second organisation. */
    public static UUID sent(ApplicationContext context, ReferralScene scene) {
        return actingAs(
                scene.sender(),
                () -> context.getBean(Referrals.class)
                        .send(
                                scene.networkId(),
                                referralTo(scene, scene.family().otherOrganisation())));
    }
}
