package be.nestwerk.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** An organisation's partnership with a network: its involvement and its commitment on paper. */
@Entity
@Table(name = "partnership")
class Partnership {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Involvement involvement;

    @Column(name = "input_staff_time")
    private @Nullable String inputStaffTime;

    @Column(name = "input_resources")
    private @Nullable String inputResources;

    @Column(name = "input_premises")
    private @Nullable String inputPremises;

    @Column(name = "input_expertise")
    private @Nullable String inputExpertise;

    private @Nullable String expectations;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "essential_functions", nullable = false, columnDefinition = "varchar(40)[]")
    private List<String> essentialFunctions = new ArrayList<>();

    @Column(name = "review_date")
    private @Nullable LocalDate reviewDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Partnership() {}

    Partnership(UUID networkId, UUID organisationId, PartnershipTerms terms, Instant now) {
        this.id = UUID.randomUUID();
        this.networkId = networkId;
        this.organisationId = organisationId;
        this.createdAt = now;
        apply(terms, now);
    }

    void update(PartnershipTerms terms, Instant now) {
        apply(terms, now);
    }

    private void apply(PartnershipTerms terms, Instant now) {
        this.involvement = terms.involvement();
        this.inputStaffTime = terms.inputStaffTime();
        this.inputResources = terms.inputResources();
        this.inputPremises = terms.inputPremises();
        this.inputExpertise = terms.inputExpertise();
        this.expectations = terms.expectations();
        this.essentialFunctions = new ArrayList<>(
                terms.essentialFunctions().stream().map(Enum::name).toList());
        this.reviewDate = terms.reviewDate();
        this.updatedAt = now;
    }

    PartnershipTerms terms() {
        return new PartnershipTerms(
                involvement,
                inputStaffTime,
                inputResources,
                inputPremises,
                inputExpertise,
                expectations,
                essentialFunctions.stream().map(EssentialFunction::valueOf).toList(),
                reviewDate);
    }

    UUID id() {
        return id;
    }

    UUID organisationId() {
        return organisationId;
    }

    Involvement involvement() {
        return involvement;
    }

    long version() {
        return version;
    }
}
