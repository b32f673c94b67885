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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Networks and people for integration tests, made through the real services so that every rule and audit entry
 * applies. Names and e-mail addresses are unique per call, so tests never depend on an empty database.
 */
public final class NetworkFixtures {

    /** The password of every account made here, so that tests can also sign in through the login form. */
    public static final String PASSWORD = "fixture-password-2025";

    public record CreatedNetwork(NetworkView network, NestwerkUser coordinator) {

        public UUID id() {
            return network.id();
        }

        public String slug() {
            return network.slug();
        }
    }

    private NetworkFixtures() {}

    public static String unique(String label) {
        return label + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new account (with a password) and the signed-in principal for it. */
    public static NestwerkUser person(ApplicationContext context, String label) {
        String email =
                label.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + UUID.randomUUID() + "@test.nestwerk.local";
        AccountView account = context.getBean(Accounts.class).create(email, label, PASSWORD);
        return principal(context, account.email());
    }

    public static NestwerkUser agencyAdmin(ApplicationContext context) {
        NestwerkUser user = person(context, "Agency admin");
        context.getBean(Accounts.class).makeAgencyAdmin(user.id());
        return principal(context, user.email());
    }

    /** The principal of an existing account as it is loaded at sign-in (reflecting e.g. the agency role). */
    public static NestwerkUser principal(ApplicationContext context, String email) {
        return (NestwerkUser) context.getBean(UserDetailsService.class).loadUserByUsername(email);
    }

    /** A Huis van het Kind created by a fresh agency administrator, with a fresh coordinator. */
    public static CreatedNetwork huisVanHetKind(ApplicationContext context) {
        return huisVanHetKind(context, unique("Testhuis van het Kind"));
    }

    public static CreatedNetwork huisVanHetKind(ApplicationContext context, String name) {
        NestwerkUser admin = agencyAdmin(context);
        NestwerkUser coordinator = person(context, "Coordinator");
        NetworkView network = actingAs(
                admin,
                () -> context.getBean(Networks.class)
                        .createHuisVanHetKind(name, coordinator.email(), coordinator.displayName()));
        return new CreatedNetwork(network, coordinator);
    }

    /** A community network inside the Huis van het Kind, created by (and coordinated by) its coordinator. */
    public static CreatedNetwork communityNetwork(ApplicationContext context, CreatedNetwork huisVanHetKind) {
        NetworkView network = actingAs(
                huisVanHetKind.coordinator(),
                () -> context.getBean(Networks.class)
                        .createCommunityNetwork(huisVanHetKind.id(), unique("Testbuurtnetwerk")));
        return new CreatedNetwork(network, huisVanHetKind.coordinator());
    }

    /** A new person with the role in the network, granted by one of its coordinators. */
    public static NestwerkUser member(
            ApplicationContext context, CreatedNetwork network, Role role, @Nullable UUID organisationId) {
        NestwerkUser person = person(context, role.name().toLowerCase());
        actingAs(
                network.coordinator(),
                () -> context.getBean(Memberships.class).grant(person.id(), network.id(), organisationId, role));
        return person;
    }

    public static NestwerkUser member(ApplicationContext context, CreatedNetwork network, Role role) {
        return member(context, network, role, null);
    }

    /** Runs the action as the person, as a request of theirs would, and restores the previous security context. */
    public static <T> T actingAs(NestwerkUser user, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
