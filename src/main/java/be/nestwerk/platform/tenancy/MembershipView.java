package be.nestwerk.platform.tenancy;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record MembershipView(
        UUID id, UUID userId, UUID networkId, @Nullable UUID organisationId, Role role, Instant createdAt) {}
