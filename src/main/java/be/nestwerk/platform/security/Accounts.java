package be.nestwerk.platform.security;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.i18n.Languages;
import be.nestwerk.platform.web.BusinessRuleException;
import be.nestwerk.platform.web.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People who can sign in. Passwords are only ever stored through the password encoder. */
@Service
public class Accounts {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;

    Accounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findByEmail(String email) {
        return accounts.findByEmail(email.trim()).map(AccountView::of);
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> find(UUID id) {
        return accounts.findById(id).map(AccountView::of);
    }

    @Transactional(readOnly = true)
    public Map<UUID, AccountView> byIds(Collection<UUID> ids) {
        return accounts.findByIdIn(ids).stream()
                .map(AccountView::of)
                .collect(Collectors.toMap(AccountView::id, Function.identity()));
    }

    /** Creates an account, without a password when none is given (it is set later through a one-time link). */
    @Transactional
    public AccountView create(String email, String displayName, String rawPassword) {
        if (accounts.findByEmail(email.trim()).isPresent()) {
            throw new BusinessRuleException("account.email-taken");
        }
        UserAccount account = new UserAccount(email, displayName.trim(), clock.instant());
        if (!rawPassword.isEmpty()) {
            account.changePasswordHash(encode(rawPassword));
        }
        return AccountView.of(accounts.save(account));
    }

    @Transactional
    public void changePassword(UUID userId, String rawPassword) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("account"));
        account.changePasswordHash(encode(rawPassword));
        auditLog.security(AuditAction.PASSWORD_CHANGED, account.id(), account.email(), null, "Password set");
    }

    /** Sets a new password through a one-time link; this also ends a lock-out, which the audit entry says. */
    @Transactional
    public void resetPassword(UUID userId, String rawPassword) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("account"));
        boolean wasLocked = account.isLockedAt(clock.instant());
        account.changePasswordHash(encode(rawPassword));
        auditLog.security(
                AuditAction.PASSWORD_CHANGED,
                account.id(),
                account.email(),
                null,
                "Password reset with a one-time link" + (wasLocked ? "; account unlocked" : ""));
    }

    /** Whether the raw password is the account's current one (false when it has none). */
    @Transactional(readOnly = true)
    public boolean passwordMatches(UUID userId, String rawPassword) {
        return accounts.findById(userId)
                .map(UserAccount::passwordHash)
                .map(hash -> passwordEncoder.matches(rawPassword, hash))
                .orElse(false);
    }

    @Transactional
    public void rename(UUID userId, String displayName) {
        accounts.findById(userId)
                .orElseThrow(() -> new NotFoundException("account"))
                .rename(displayName.trim());
    }

    /**
     * Keeps the language the person wants Nestwerk and its mails in: one of {@link Languages#SUPPORTED}, by its tag
     * ("nl", "en", "fr"). Anything else is refused with a message for the person.
     */
    @Transactional
    public Locale preferLanguage(UUID userId, String language) {
        Locale locale = Languages.supported(language)
                .orElseThrow(() -> new BusinessRuleException("account.language-unsupported"));
        accounts.findById(userId)
                .orElseThrow(() -> new NotFoundException("account"))
                .preferLocale(locale);
        return locale;
    }

    @Transactional
    public void makeAgencyAdmin(UUID userId) {
        accounts.findById(userId)
                .orElseThrow(() -> new NotFoundException("account"))
                .makeAgencyAdmin();
    }

    private String encode(String rawPassword) {
        if (rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException("account.password-too-short", MIN_PASSWORD_LENGTH);
        }
        return passwordEncoder.encode(rawPassword);
    }
}
