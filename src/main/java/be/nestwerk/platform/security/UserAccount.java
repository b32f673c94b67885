package be.nestwerk.platform.security;

import be.nestwerk.platform.i18n.Languages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "agency_admin", nullable = false)
    private boolean agencyAdmin;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "preferred_locale")
    private @Nullable String preferredLocale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {}

    UserAccount(String email, String displayName, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = normalise(email);
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    @Nullable
    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    boolean agencyAdmin() {
        return agencyAdmin;
    }

    int failedLogins() {
        return failedLogins;
    }

    @Nullable
    Instant lockedUntil() {
        return lockedUntil;
    }

    /** The chosen language when it is one the product speaks; a value written by hand that is not counts as none. */
    Optional<Locale> preferredLanguage() {
        return Languages.supported(preferredLocale);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    void makeAgencyAdmin() {
        this.agencyAdmin = true;
    }

    void preferLocale(Locale locale) {
        this.preferredLocale = Languages.supported(locale.toLanguageTag())
                .orElseThrow(() -> new IllegalArgumentException("Not a language of the product: " + locale))
                .toLanguageTag();
    }

    /** Returns true when this failure locked the account. */
    boolean recordFailedLogin(Instant now, int maxFailures, Duration lockout) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            failedLogins = 0;
            lockedUntil = now.plus(lockout);
            return true;
        }
        return false;
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
