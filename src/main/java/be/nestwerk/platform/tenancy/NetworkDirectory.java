package be.nestwerk.platform.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Implemented by the network module, so that the platform can resolve networks without depending on it. */
public interface NetworkDirectory {

    Optional<NetworkRef> findBySlug(String slug);

    List<NetworkRef> findAllById(Collection<UUID> ids);

    /** The network's organisations, by name. */
    List<OrganisationRef> organisationsOf(UUID networkId);

    List<OrganisationRef> findOrganisations(Collection<UUID> ids);
}
