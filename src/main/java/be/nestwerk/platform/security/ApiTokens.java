package be.nestwerk.platform.security;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: shown once when created, stored as a hash, revocable, with the rights of their owner. */
@Service
public class ApiTokens {

    static final String PREFIX = "nw_";

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, AuditLog auditLog, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public record CreatedToken(ApiTokenView token, String secret) {}

    @Transactional
    public CreatedToken create(UUID userId, String name) {
        return create(userId, name, SecretTokens.newSecret(PREFIX));
    }

    /** Creates a token with a given secret; used for the documented demo token. */
    @Transactional
    public CreatedToken create(UUID userId, String name, String secret) {
        ApiToken token = tokens.save(new ApiToken(
                userId,
                name.trim(),
                SecretTokens.hash(secret),
                secret.substring(0, Math.min(10, secret.length())),
                clock.instant()));
        auditLog.security(
                AuditAction.API_TOKEN_CREATED, userId, email(userId), null, "API token '" + name.trim() + "' created");
        return new CreatedToken(token.view(), secret);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> of(UUID userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .map(ApiToken::view)
                .toList();
    }

    @Transactional
    public void revoke(UUID userId, UUID tokenId) {
        ApiToken token = tokens.findByIdAndUserId(tokenId, userId).orElseThrow(() -> new NotFoundException("token"));
        token.revoke(clock.instant());
        auditLog.security(AuditAction.API_TOKEN_REVOKED, userId, email(userId), null, "API token revoked");
    }

    @Transactional(readOnly = true)
    public boolean exists(String secret) {
        return tokens.findByTokenHash(SecretTokens.hash(secret)).isPresent();
    }

    /** The owner of an active token, when the owner may still sign in; records the use. */
    @Transactional
    Optional<NestwerkUser> authenticate(String secret) {
        return tokens.findByTokenHash(SecretTokens.hash(secret))
                .filter(ApiToken::active)
                .flatMap(token -> accounts.findById(token.userId()).map(account -> {
                    token.used(clock.instant());
                    return new NestwerkUser(account, account.isLockedAt(clock.instant()));
                }))
                .filter(user -> user.isEnabled() && user.isAccountNonLocked());
    }

    private String email(UUID userId) {
        return accounts.findById(userId).map(UserAccount::email).orElse("?");
    }
}
