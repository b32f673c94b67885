package be.nestwerk.platform.account;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.SecretTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password": a one-time link by mail. The request never tells whether an account exists; using the
 * link sets a new password and ends a lock-out, and makes every other reset link of the account useless.
 */
@Service
class PasswordResets {

    static final String SECRET_PREFIX = "nwr_";

    private final AccountLinkRepository links;
    private final OneTimeLinks oneTimeLinks;
    private final Accounts accounts;
    private final AccountMails mails;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Duration validity;

    PasswordResets(
            AccountLinkRepository links,
            OneTimeLinks oneTimeLinks,
            Accounts accounts,
            AccountMails mails,
            AuditLog auditLog,
            Clock clock,
            @Value("${nestwerk.security.password-reset-validity:1h}") Duration validity) {
        this.links = links;
        this.oneTimeLinks = oneTimeLinks;
        this.accounts = accounts;
        this.mails = mails;
        this.auditLog = auditLog;
        this.clock = clock;
        this.validity = validity;
    }

    @Transactional
    void request(String email) {
        Optional<AccountView> account = accounts.findByEmail(email);
        if (account.isEmpty()) {
            auditLog.security(
                    AuditAction.PASSWORD_RESET_REQUESTED,
                    null,
                    email.trim(),
                    null,
                    "New password asked for an address without an account; nothing sent");
            return;
        }
        AccountView person = account.get();
        Instant now = clock.instant();
        String secret = SecretTokens.newSecret(SECRET_PREFIX);
        AccountLink link = links.save(AccountLink.passwordReset(
                SecretTokens.hash(secret), person.email(), person.id(), now, now.plus(validity)));
        mails.passwordReset(person, secret, link.expiresAt());
        auditLog.security(
                AuditAction.PASSWORD_RESET_REQUESTED,
                person.id(),
                person.email(),
                null,
                "New password asked; one-time link sent");
    }

    /** Checks the link before the form is shown (404 unknown, 410 used or expired). */
    @Transactional(readOnly = true)
    String emailOf(String secret) {
        return oneTimeLinks.usable(secret, LinkPurpose.PASSWORD_RESET).email();
    }

    @Transactional
    void reset(String secret, String password) {
        AccountLink link = oneTimeLinks.lockUsable(secret, LinkPurpose.PASSWORD_RESET);
        UUID userId = link.userId();
        if (userId == null) {
            throw new IllegalStateException("A password reset link always names its account");
        }
        accounts.resetPassword(userId, password);
        Instant now = clock.instant();
        links.pendingPasswordResets(userId).forEach(other -> other.use(now));
    }
}
