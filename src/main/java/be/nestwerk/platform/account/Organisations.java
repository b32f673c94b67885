package be.nestwerk.platform.account;

import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.BusinessRuleException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The organisations that memberships and invitations are for, read through the network directory. */
@Component
class Organisations {

    record Option(UUID id, String name) {}

    private final NetworkDirectory directory;

    Organisations(NetworkDirectory directory) {
        this.directory = directory;
    }

    List<Option> ofNetwork(UUID networkId) {
        return directory.organisationsOf(networkId).stream()
                .map(organisation -> new Option(organisation.id(), organisation.name()))
                .toList();
    }

    Map<UUID, String> names(Collection<UUID> ids) {
        return ids.isEmpty()
                ? Map.of()
                : directory.findOrganisations(ids).stream()
                        .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name));
    }

    /**
     * A membership other than coordinator or data-protection officer is for an organisation, and that organisation is
     * in the network; an officer's is never for one.
     */
    void checkFor(UUID networkId, Role role, @Nullable UUID organisationId) {
        if (organisationId == null) {
            if (role.needsOrganisation()) {
                throw new BusinessRuleException("account.members.organisation-required");
            }
            return;
        }
        if (!role.mayHaveOrganisation()) {
            throw new BusinessRuleException("account.members.organisation-not-for-role");
        }
        boolean inNetwork = directory.findOrganisations(List.of(organisationId)).stream()
                .anyMatch(organisation -> organisation.networkId().equals(networkId));
        if (!inNetwork) {
            throw new BusinessRuleException("account.members.organisation-unknown");
        }
    }
}
