package be.nestwerk.network;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipRepository extends JpaRepository<Partnership, UUID> {

    Optional<Partnership> findByNetworkIdAndOrganisationId(UUID networkId, UUID organisationId);
}
