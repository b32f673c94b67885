package be.nestwerk.network;

import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class NetworkDirectoryAdapter implements NetworkDirectory {

    private final NetworkRepository networks;

    NetworkDirectoryAdapter(NetworkRepository networks) {
        this.networks = networks;
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
