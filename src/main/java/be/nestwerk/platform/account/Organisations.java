package be.nestwerk.platform.account;

import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.BusinessRuleException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the network module's organisation table directly: the platform cannot depend on that module, and it
 * needs no more than a name and whether an organisation belongs to a network.
 */
@Component
class Organisations {

    record Option(UUID id, String name) {}

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Option> ofNetwork(UUID networkId) {
        return jdbc.sql("select id, name from organisation where network_id = :network order by lower(name)")
                .param("network", networkId)
                .query(Option.class)
                .list();
    }

    Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, name from organisation where id in (:ids)")
                .param("ids", ids)
                .query(Option.class)
                .list()
                .forEach(option -> names.put(option.id(), option.name()));
        return names;
    }

    /** A membership other than coordinator is for an organisation, and that organisation is in the network. */
    void checkFor(UUID networkId, Role role, @Nullable UUID organisationId) {
        if (organisationId == null) {
            if (role != Role.COORDINATOR) {
                throw new BusinessRuleException("account.members.organisation-required");
            }
            return;
        }
        boolean inNetwork = jdbc.sql("select count(*) from organisation where id = :id and network_id = :network")
                        .param("id", organisationId)
                        .param("network", networkId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!inNetwork) {
            throw new BusinessRuleException("account.members.organisation-unknown");
        }
    }
}
