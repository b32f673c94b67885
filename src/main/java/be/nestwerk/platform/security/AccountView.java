package be.nestwerk.platform.security;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record AccountView(
        UUID id,
        String email,
        String displayName,
        boolean agencyAdmin,
        boolean hasPassword,
        @Nullable Instant lockedUntil) {

    static AccountView of(UserAccount account) {
        return new AccountView(
                account.id(),
                account.email(),
                account.displayName(),
                account.agencyAdmin(),
                account.passwordHash() != null,
                account.lockedUntil());
    }
}
