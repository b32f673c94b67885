package be.nestwerk.network;

import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.OrganisationRef;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class NetworkDirectoryAdapter implements NetworkDirectory {

    private final NetworkRepository networks;
    private final OrganisationRepository organisations;

    NetworkDirectoryAdapter(NetworkRepository networks, OrganisationRepository organisations) {
        this.networks = networks;
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationRef> organisationsOf(UUID networkId) {
        return organisations.findByNetworkId(networkId).stream()
                .map(NetworkDirectoryAdapter::ref)
                .sorted(Comparator.comparing(organisation -> organisation.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationRef> findOrganisations(Collection<UUID> ids) {
        return organisations.findAllById(ids).stream()
                .map(NetworkDirectoryAdapter::ref)
                .toList();
    }

    private static OrganisationRef ref(Organisation organisation) {
        return new OrganisationRef(organisation.id(), organisation.networkId(), organisation.name());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NetworkRef> findBySlug(String slug) {
        return networks.findBySlug(slug).map(NetworkDirectoryAdapter::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public List<NetworkRef> findAllById(Collection<UUID> ids) {
        return networks.findAllById(ids).stream()
                .map(NetworkDirectoryAdapter::ref)
                .toList();
    }

    private static NetworkRef ref(Network network) {
        return new NetworkRef(network.id(), network.slug(), network.name());
    }
}
