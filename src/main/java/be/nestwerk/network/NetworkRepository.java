package be.nestwerk.network;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkRepository extends JpaRepository<Network, UUID> {

    Optional<Network> findBySlug(String slug);
}
