package be.nestwerk.platform;

import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Networks, organisations, accounts and memberships for integration tests, each with a unique name so that tests
 * never depend on an empty database. Networks and organisations are plain rows: the network module is not ours.
 */
public final class PlatformFixtures {

    public static final String PASSWORD = "a long enough password";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Memberships memberships;
    private final UserDetailsService users;

    public PlatformFixtures(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.accounts = context.getBean(Accounts.class);
        this.memberships = context.getBean(Memberships.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    public static String unique(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String uniqueEmail(String label) {
        return unique(label) + "@test.nestwerk.be";
    }

    public NetworkRef network() {
        UUID id = UUID.randomUUID();
        String slug = unique("net");
        String name = "Huis van het Kind " + slug + " (fictief)";
        jdbc.sql("insert into network (id, slug, name, kind) values (:id, :slug, :name, 'HUIS_VAN_HET_KIND')")
                .param("id", id)
                .param("slug", slug)
                .param("name", name)
                .update();
        return new NetworkRef(id, slug, name);
    }

    public UUID organisation(NetworkRef network, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into organisation (id, network_id, name, actor_type) values (:id, :network, :name, 'OTHER')")
                .param("id", id)
                .param("network", network.id())
                .param("name", unique(name))
                .update();
        return id;
    }

    public AccountView account(String label) {
        return accounts.create(uniqueEmail(label), "Test " + label, PASSWORD);
    }

    public AccountView member(NetworkRef network, Role role, @Nullable UUID organisationId) {
        AccountView account = account(role.name().toLowerCase(Locale.ROOT));
        grant(account, network, role, organisationId);
        return account;
    }

    public MembershipView grant(AccountView account, NetworkRef network, Role role, @Nullable UUID organisationId) {
        return memberships.grant(account.id(), network.id(), organisationId, role);
    }

    public NestwerkUser principal(AccountView account) {
        return (NestwerkUser) users.loadUserByUsername(account.email());
    }

    public long auditCount(String action, UUID actorId) {
        return jdbc.sql("select count(*) from audit_event where action = :action and actor_id = :actor")
                .param("action", action)
                .param("actor", actorId)
                .query(Long.class)
                .single();
    }
}
