package be.nestwerk.network;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkRepository extends JpaRepository<Network, UUID> {

    Optional<Network> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Network> findByParentNetworkIdOrderByName(UUID parentNetworkId);

    Page<Network> findByIdIn(Collection<UUID> ids, Pageable pageable);
}
