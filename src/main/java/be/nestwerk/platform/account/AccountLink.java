package be.nestwerk.platform.account;

import be.nestwerk.platform.tenancy.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A one-time link (invitation or password reset). Only the SHA-256 of its secret is kept. */
@Entity
@Table(name = "account_link")
class AccountLink {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LinkPurpose purpose;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name")
    private @Nullable String displayName;

    @Column(name = "user_id")
    private @Nullable UUID userId;

    @Column(name = "network_id")
    private @Nullable UUID networkId;

    @Column(name = "organisation_id")
    private @Nullable UUID organisationId;

    @Enumerated(EnumType.STRING)
    private @Nullable Role role;

    @Column(name = "created_by")
    private @Nullable UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    protected AccountLink() {}

    private AccountLink(LinkPurpose purpose, String tokenHash, String email, Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.email = email.trim().toLowerCase(Locale.ROOT);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    static AccountLink invitation(
            String tokenHash,
            String email,
            String displayName,
            UUID networkId,
            Role role,
            @Nullable UUID organisationId,
            @Nullable UUID createdBy,
            Instant now,
            Instant expiresAt) {
        AccountLink link = new AccountLink(LinkPurpose.INVITATION, tokenHash, email, now, expiresAt);
        link.displayName = displayName;
        link.networkId = networkId;
        link.role = role;
        link.organisationId = organisationId;
        link.createdBy = createdBy;
        return link;
    }

    static AccountLink passwordReset(String tokenHash, String email, UUID userId, Instant now, Instant expiresAt) {
        AccountLink link = new AccountLink(LinkPurpose.PASSWORD_RESET, tokenHash, email, now, expiresAt);
        link.userId = userId;
        link.createdBy = userId;
        return link;
    }

    /** Usable: not used, not cancelled, not expired. */
    boolean usableAt(Instant now) {
        return usedAt == null && cancelledAt == null && expiresAt.isAfter(now);
    }

    boolean pending() {
        return usedAt == null && cancelledAt == null;
    }

    void use(Instant now) {
        usedAt = now;
    }

    void cancel(Instant now) {
        if (cancelledAt == null) {
            cancelledAt = now;
        }
    }

    /** A new secret and a new validity, for resending: the old link stops working. */
    void renew(String tokenHash, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    UUID id() {
        return id;
    }

    LinkPurpose purpose() {
        return purpose;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName == null ? "" : displayName;
    }

    @Nullable
    UUID userId() {
        return userId;
    }

    UUID networkId() {
        if (networkId == null) {
            throw new IllegalStateException("Not an invitation");
        }
        return networkId;
    }

    @Nullable
    UUID organisationId() {
        return organisationId;
    }

    Role role() {
        if (role == null) {
            throw new IllegalStateException("Not an invitation");
        }
        return role;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
