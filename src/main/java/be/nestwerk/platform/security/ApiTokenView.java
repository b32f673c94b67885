package be.nestwerk.platform.security;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record ApiTokenView(
        UUID id,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
