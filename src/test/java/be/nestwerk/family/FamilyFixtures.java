package be.nestwerk.family;

import be.nestwerk.network.NetworkFixtures;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Families for tests: a network with two partner organisations and the people who work there. */
public final class FamilyFixtures {

    private FamilyFixtures() {}

    /**
     * A network with two partner organisations, a professional and a partner admin of the first, a professional of
     * the second, a volunteer and a coordinator (without organisation); and a foreign network with a professional.
     */
    public record Scene(
            NetworkRef network,
            UUID organisation,
            UUID otherOrganisation,
            NestwerkUser professional,
            NestwerkUser partnerAdmin,
            NestwerkUser otherProfessional,
            NestwerkUser volunteer,
            NestwerkUser coordinator,
            NetworkRef foreignNetwork,
            UUID foreignOrganisation,
            NestwerkUser foreignProfessional) {}

    public static Scene scene(ApplicationContext context) {
        PlatformFixtures platform = new PlatformFixtures(context);
        NetworkRef network = platform.network();
        UUID organisation = platform.organisation(network, "Kind en Gezin");
        UUID other = platform.organisation(network, "OCMW");
        NetworkRef foreign = platform.network();
        UUID foreignOrganisation = platform.organisation(foreign, "CAW elders");
        return new Scene(
                network,
                organisation,
                other,
                platform.principal(platform.member(network, Role.PROFESSIONAL, organisation)),
                platform.principal(platform.member(network, Role.PARTNER_ADMIN, organisation)),
                platform.principal(platform.member(network, Role.PROFESSIONAL, other)),
                platform.principal(platform.member(network, Role.VOLUNTEER, organisation)),
                platform.principal(platform.member(network, Role.COORDINATOR, null)),
                foreign,
                foreignOrganisation,
                platform.principal(platform.member(foreign, Role.PROFESSIONAL, foreignOrganisation)));
    }

    /** A family of one parent and a child of two, in Mechelen. */
    public static NewFamily family(String name) {
        return new NewFamily(
                name,
                false,
                "Via de school, 's avonds bellen",
                "2800",
                List.of("nl", "ar"),
                true,
                LegalBasis.CONSENT,
                List.of(new NewFamily.Member("Mama " + name, MemberRelation.PARENT)),
                List.of(new NewFamily.NewChild("Lina", LocalDate.now().minusYears(2), false)));
    }

    /** Registers the family as the scene's professional of the first organisation. */
    public static UUID registered(ApplicationContext context, Scene scene, NewFamily family) {
        return NetworkFixtures.actingAs(
                scene.professional(),
                () -> context.getBean(FamilyRegistry.class)
                        .register(scene.network().id(), scene.organisation(), family));
    }
}
