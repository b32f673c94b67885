package be.nestwerk.offer;

import be.nestwerk.network.NetworkFixtures;
import be.nestwerk.offer.OfferContent.AgeRange;
import be.nestwerk.offer.OfferContent.Contact;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferContent.SessionSeries;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Offers and the people who write and review them, in a fresh network of their own. */
public final class OfferFixtures {

    private OfferFixtures() {}

    /**
     * A network with two partner organisations: a partner admin and a professional of the first, a partner admin of
     * the second, a volunteer and a coordinator; and a foreign network with its own coordinator.
     */
    public record Scene(
            NetworkRef network,
            UUID organisation,
            UUID otherOrganisation,
            NestwerkUser coordinator,
            NestwerkUser writer,
            NestwerkUser professional,
            NestwerkUser otherWriter,
            NestwerkUser volunteer,
            NetworkRef foreignNetwork,
            NestwerkUser foreignCoordinator) {}

    public static Scene scene(ApplicationContext context) {
        PlatformFixtures platform = new PlatformFixtures(context);
        NetworkRef network = platform.network();
        UUID organisation = platform.organisation(network, "Aanbieder");
        UUID other = platform.organisation(network, "Andere aanbieder");
        NetworkRef foreign = platform.network();
        return new Scene(
                network,
                organisation,
                other,
                platform.principal(platform.member(network, Role.COORDINATOR, null)),
                platform.principal(platform.member(network, Role.PARTNER_ADMIN, organisation)),
                platform.principal(platform.member(network, Role.PROFESSIONAL, organisation)),
                platform.principal(platform.member(network, Role.PARTNER_ADMIN, other)),
                platform.principal(platform.member(network, Role.VOLUNTEER, organisation)),
                foreign,
                platform.principal(platform.member(foreign, Role.COORDINATOR, null)));
    }

    /** A valid free walk-in service for everyone in Mechelen (2800), open on Wednesday afternoon. */
    public static OfferContent service(String dutchName) {
        UUID place = UUID.randomUUID();
        return new OfferContent(
                OfferKind.SERVICE,
                OfferStatus.ACTIVE,
                Map.of("nl", text(dutchName)),
                Set.of(Pillar.PARENTING_SUPPORT),
                Set.of(SupportFunction.INFORMATION_ADVICE),
                Set.of(),
                Set.of(LifeDomain.PARENTING),
                Set.of(),
                AgeRange.everyone(),
                Set.of(Audience.PARENTS_AND_CARERS),
                true,
                Set.of("nl"),
                false,
                List.of(new Cost(CostKind.FREE, null, null)),
                Set.of(AccessMode.WALK_IN),
                Contact.none(),
                false,
                false,
                List.of(new Place(
                        place, "Testplek", "Grote Markt 1", "2800", null, null, null, null, null, true, false)),
                List.of(new OpeningHours(null, DayOfWeek.WEDNESDAY, LocalTime.of(13, 0), LocalTime.of(17, 0))),
                List.of(),
                List.of());
    }

    /** A valid activity with one weekly series from the date on (10 occurrences), 12 places of which 5 left. */
    public static OfferContent activity(String dutchName, LocalDate firstDate) {
        OfferContent service = service(dutchName);
        UUID place = service.places().get(0).id();
        return with(
                service,
                OfferKind.ACTIVITY,
                List.of(),
                List.of(new SessionSeries(
                        UUID.randomUUID(),
                        place,
                        firstDate,
                        LocalTime.of(10, 0),
                        LocalTime.of(11, 30),
                        "FREQ=WEEKLY;COUNT=10",
                        12,
                        5,
                        null,
                        null)));
    }

    public static OfferText text(String name) {
        return new OfferText(name, "Korte uitleg over " + name, null, null, null, null, null);
    }

    private static OfferContent with(
            OfferContent c, OfferKind kind, List<OpeningHours> hours, List<SessionSeries> sessions) {
        return c.toBuilder().kind(kind).openingHours(hours).sessions(sessions).build();
    }

    /** Creates, submits and publishes the offer for the scene's first organisation; returns its id. */
    public static UUID published(ApplicationContext context, Scene scene, OfferContent content) {
        OfferCatalogue catalogue = context.getBean(OfferCatalogue.class);
        UUID id = NetworkFixtures.actingAs(
                scene.writer(), () -> catalogue.create(scene.network().id(), scene.organisation(), content));
        NetworkFixtures.actingAs(scene.writer(), () -> {
            catalogue.submit(scene.network().id(), id);
            return null;
        });
        NetworkFixtures.actingAs(scene.coordinator(), () -> {
            catalogue.publish(scene.network().id(), id);
            return null;
        });
        return id;
    }
}
