package be.nestwerk.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "network")
class Network {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NetworkKind kind;

    @Column(name = "parent_network_id")
    private @Nullable UUID parentNetworkId;

    private @Nullable String description;

    @Column(name = "contact_email")
    private @Nullable String contactEmail;

    @Column(name = "contact_phone")
    private @Nullable String contactPhone;

    private @Nullable String website;

    @Column(name = "street_address")
    private @Nullable String streetAddress;

    private @Nullable String postcode;

    private @Nullable String town;

    @Column(name = "age_from_months", nullable = false)
    private int ageFromMonths = -9;

    @Column(name = "age_to_months", nullable = false)
    private int ageToMonths = 144;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "languages", nullable = false, columnDefinition = "varchar(10)[]")
    private List<String> languages = new ArrayList<>(List.of("nl"));

    @Column(name = "directing_organisation_id")
    private @Nullable UUID directingOrganisationId;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // A wrapper, so that Spring Data tells a new network (null) from a stored one and persists instead of merging.
    @Version
    private @Nullable Long version;

    protected Network() {}

    Network(String slug, String name, NetworkKind kind, @Nullable UUID parentNetworkId, Instant now) {
        this.id = UUID.randomUUID();
        this.slug = slug;
        this.name = name;
        this.kind = kind;
        this.parentNetworkId = parentNetworkId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    NetworkKind kind() {
        return kind;
    }

    @Nullable
    UUID parentNetworkId() {
        return parentNetworkId;
    }

    void update(NetworkSettings settings, Instant now) {
        this.name = settings.name().trim();
        this.description = settings.description();
        this.contactEmail = settings.contactEmail();
        this.contactPhone = settings.contactPhone();
        this.website = settings.website();
        this.streetAddress = settings.streetAddress();
        this.postcode = settings.postcode();
        this.town = settings.town();
        this.ageFromMonths = settings.ageFromMonths();
        this.ageToMonths = settings.ageToMonths();
        this.languages = new ArrayList<>(settings.languages());
        this.directingOrganisationId = settings.directingOrganisationId();
        this.updatedAt = now;
    }

    NetworkView view() {
        return new NetworkView(
                id,
                slug,
                name,
                kind,
                parentNetworkId,
                description,
                contactEmail,
                contactPhone,
                website,
                streetAddress,
                postcode,
                town,
                ageFromMonths,
                ageToMonths,
                List.copyOf(languages),
                directingOrganisationId,
                demo);
    }
}
