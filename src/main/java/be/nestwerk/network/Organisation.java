package be.nestwerk.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A partner organisation of one network. */
@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type", nullable = false)
    private ActorType actorType;

    @Column(name = "actor_type_other")
    private @Nullable String actorTypeOther;

    private @Nullable String description;

    private @Nullable String website;

    private @Nullable String email;

    private @Nullable String phone;

    @Column(name = "street_address")
    private @Nullable String streetAddress;

    private @Nullable String postcode;

    private @Nullable String town;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Organisation() {}

    Organisation(UUID networkId, OrganisationDetails details, Instant now) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.createdAt = now;
        apply(details, now);
    }

    void update(OrganisationDetails details, Instant now) {
        apply(details, now);
    }

    private void apply(OrganisationDetails details, Instant now) {
        this.name = details.name();
        this.actorType = details.actorType();
        this.actorTypeOther = details.actorTypeOther();
        this.description = details.description();
        this.website = details.website();
        this.email = details.email();
        this.phone = details.phone();
        this.streetAddress = details.streetAddress();
        this.postcode = details.postcode();
        this.town = details.town();
        this.updatedAt = now;
    }

    OrganisationDetails details() {
        return new OrganisationDetails(
                name, actorType, actorTypeOther, description, website, email, phone, streetAddress, postcode, town);
    }

    UUID id() {
        return id;
    }

    UUID networkId() {
        return networkId;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }
}
