package be.nestwerk.network;

import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.Role;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Networks, people and partners for integration tests, each with unique names so that tests never depend on an
 * empty database. Networks and partners are inserted with SQL, independent of the services under test.
 */
public final class PartnerFixtures {

    public static final String PASSWORD = "correct horse battery staple";

    private PartnerFixtures() {}

    public record TestNetwork(UUID id, String slug, String name) {}

    /**
     * A network with a partner organisation for its partner admin and another organisation, one person in every
     * role, and a coordinator of a second (foreign) network that has a partner of its own.
     */
    public record Scene(
            TestNetwork network,
            UUID ownOrganisation,
            UUID otherOrganisation,
            NestwerkUser coordinator,
            NestwerkUser partnerAdmin,
            NestwerkUser professional,
            NestwerkUser volunteer,
            TestNetwork foreignNetwork,
            UUID foreignOrganisation,
            NestwerkUser foreignCoordinator) {

        public NestwerkUser inRole(Role role) {
            return switch (role) {
                case COORDINATOR -> coordinator;
                case PARTNER_ADMIN -> partnerAdmin;
                case PROFESSIONAL -> professional;
                case VOLUNTEER -> volunteer;
                case DATA_PROTECTION_OFFICER -> throw new IllegalArgumentException("no officer in this scene");
            };
        }
    }

    public static Scene scene(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        TestNetwork network = network(jdbc);
        UUID own = partner(jdbc, network.id(), unique("Eigen partner"), ActorType.LIBRARY, Involvement.AVERAGE);
        UUID other = partner(jdbc, network.id(), unique("Andere partner"), ActorType.SCHOOL, Involvement.MINIMAL);
        TestNetwork foreign = network(jdbc);
        UUID foreignOrganisation =
                partner(jdbc, foreign.id(), unique("Vreemde partner"), ActorType.POLICE, Involvement.CORE_PARTNER);
        return new Scene(
                network,
                own,
                other,
                member(context, network.id(), null, Role.COORDINATOR),
                member(context, network.id(), own, Role.PARTNER_ADMIN),
                member(context, network.id(), own, Role.PROFESSIONAL),
                member(context, network.id(), null, Role.VOLUNTEER),
                foreign,
                foreignOrganisation,
                member(context, foreign.id(), null, Role.COORDINATOR));
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A Huis van het Kind (fictional, marked as test data by its name). */
    public static TestNetwork network(JdbcTemplate jdbc) {
        UUID id = UUID.randomUUID();
        String slug = "test-" + id.toString().substring(0, 13);
        String name = "Huis van het Kind Test " + id.toString().substring(0, 8);
        jdbc.update("insert into network (id, slug, name, kind) values (?, ?, ?, 'HUIS_VAN_HET_KIND')", id, slug, name);
        return new TestNetwork(id, slug, name);
    }

    public static UUID organisation(JdbcTemplate jdbc, UUID networkId, String name, ActorType actorType) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into organisation (id, network_id, name, actor_type, actor_type_other) values (?, ?, ?, ?, ?)",
                id,
                networkId,
                name,
                actorType.name(),
                actorType.needsSpecification() ? "test" : null);
        return id;
    }

    /** An organisation with its partnership. */
    public static UUID partner(
            JdbcTemplate jdbc, UUID networkId, String name, ActorType actorType, Involvement involvement) {
        UUID organisationId = organisation(jdbc, networkId, name, actorType);
        jdbc.update(
                "insert into partnership (id, network_id, organisation_id, involvement) values (?, ?, ?, ?)",
                UUID.randomUUID(),
                networkId,
                organisationId,
                involvement.name());
        return organisationId;
    }

    /** A new person who holds the role in the network (for the organisation, when given). */
    public static NestwerkUser member(
            ApplicationContext context, UUID networkId, @Nullable UUID organisationId, Role role) {
        NestwerkUser user = person(context, role.name().toLowerCase().replace('_', '-'));
        context.getBean(Memberships.class).grant(user.id(), networkId, organisationId, role);
        return user;
    }

    /** A new person without any membership. */
    public static NestwerkUser person(ApplicationContext context, String kind) {
        String token = UUID.randomUUID().toString().substring(0, 8);
        AccountView account = context.getBean(Accounts.class)
                .create(kind + "-" + token + "@test.nestwerk.invalid", "Test " + kind + " " + token, PASSWORD);
        return signIn(context, account.email());
    }

    public static NestwerkUser agencyAdmin(ApplicationContext context) {
        NestwerkUser user = person(context, "agency");
        context.getBean(Accounts.class).makeAgencyAdmin(user.id());
        return signIn(context, user.email());
    }

    /** Runs the action as the person, for calling services directly. */
    public static <T> T as(NestwerkUser user, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static NestwerkUser signIn(ApplicationContext context, String email) {
        return (NestwerkUser) context.getBean(UserDetailsService.class).loadUserByUsername(email);
    }
}
