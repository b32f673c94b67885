package be.nestwerk.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    Optional<Organisation> findByIdAndNetworkId(UUID id, UUID networkId);

    List<Organisation> findByNetworkId(UUID networkId);

    boolean existsByNetworkIdAndNameIgnoreCase(UUID networkId, String name);

    boolean existsByNetworkIdAndNameIgnoreCaseAndIdNot(UUID networkId, String name, UUID id);
}
