package be.nestwerk.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "membership")
class Membership {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(name = "organisation_id")
    private @Nullable UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Membership() {}

    Membership(UUID userId, UUID networkId, @Nullable UUID organisationId, Role role, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.networkId = networkId;
        this.organisationId = organisationId;
        this.role = role;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }

    UUID networkId() {
        return networkId;
    }

    @Nullable
    UUID organisationId() {
        return organisationId;
    }

    Role role() {
        return role;
    }

    Instant createdAt() {
        return createdAt;
    }

    MembershipView view() {
        return new MembershipView(id, userId, networkId, organisationId, role, createdAt);
    }
}
