package be.nestwerk.platform.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, UUID> {

    List<Membership> findByUserId(UUID userId);

    List<Membership> findByUserIdAndNetworkId(UUID userId, UUID networkId);

    List<Membership> findByNetworkIdOrderByCreatedAt(UUID networkId);

    Optional<Membership> findByIdAndNetworkId(UUID id, UUID networkId);

    boolean existsByUserIdAndNetworkIdAndRole(UUID userId, UUID networkId, Role role);

    long countByNetworkIdAndRole(UUID networkId, Role role);
}
