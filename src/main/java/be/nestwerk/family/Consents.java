package be.nestwerk.family;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's consent as a first-class record: recorded by a professional who may see the family, revoked at any
 * time by any professional who may see it or by the family itself (through {@link ConsentLinks}), with immediate
 * effect. Every share of a family's data asks {@link #require} first.
 */
@Service
@Transactional
public class Consents {

    /** The longest a consent may run before the family is asked again. */
    static final int MAX_YEARS = 3;

    private final FamilyStore store;
    private final FamilyScope scope;
    private final FamilyAccess access;
    private final FamilyRegistry registry;
    private final NetworkDirectory directory;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Consents(
            FamilyStore store,
            FamilyScope scope,
            FamilyAccess access,
            FamilyRegistry registry,
            NetworkDirectory directory,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.scope = scope;
        this.access = access;
        this.registry = registry;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Records a consent the family gave.
     *
     * @throws InvalidFamilyException when the member, the organisation or the dates are not right
     */
    public UUID record(UUID networkId, UUID familyId, NewConsent consent) {
        NestwerkUser user = access.requireStaffOf(networkId, consent.recordedFor());
        Family family = registry.file(networkId, familyId, "CONSENT");
        List<FamilyProblem> problems = new ArrayList<>();
        if (family.members().stream().noneMatch(member -> member.id().equals(consent.givenBy()))) {
            problems.add(FamilyProblem.of("givenBy", "family.problem.givenBy"));
        }
        if (consent.organisationId() != null
                && directory.findOrganisations(List.of(consent.organisationId())).stream()
                        .noneMatch(organisation -> organisation.networkId().equals(networkId))) {
            problems.add(FamilyProblem.of("organisationId", "family.problem.organisation"));
        }
        LocalDate today = LocalDate.now(clock);
        if (consent.validUntil().isBefore(today) || consent.validUntil().isAfter(today.plusYears(MAX_YEARS))) {
            problems.add(FamilyProblem.of("validUntil", "family.problem.validUntil", MAX_YEARS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFamilyException(problems);
        }
        Consent recorded = new Consent(
                UUID.randomUUID(),
                familyId,
                networkId,
                consent.givenBy(),
                consent.organisationId(),
                consent.purpose(),
                consent.form(),
                user.id(),
                consent.recordedFor(),
                clock.instant(),
                consent.validUntil(),
                null,
                null,
                null);
        store.insertConsent(recorded);
        audit.personalData(
                networkId,
                AuditAction.CONSENT_RECORDED,
                "Consent",
                recorded.id(),
                "CONSENT",
                "Consent for " + recorded.purpose() + " to "
                        + (recorded.organisationId() == null ? "every partner" : recorded.organisationId())
                        + " until " + recorded.validUntil() + " (family " + familyId + ")");
        return recorded.id();
    }

    /** Revokes a consent on the family's word, through a professional who may see the family; at once. */
    public void revoke(UUID networkId, UUID familyId, UUID consentId) {
        Family family = registry.file(networkId, familyId, "CONSENT");
        NestwerkUser user = CurrentUser.require();
        Consent consent = family.consents().stream()
                .filter(candidate -> candidate.id().equals(consentId))
                .findFirst()
                .orElseThrow(() -> access.denied(networkId, "Consent", consentId, "CONSENT", "not of this family"));
        revoke(consent, user.id(), RevocationChannel.PROFESSIONAL);
    }

    void revoke(Consent consent, @Nullable UUID by, RevocationChannel via) {
        Instant now = clock.instant();
        if (consent.revoked()) {
            return;
        }
        if (store.revoke(consent.revoke(by, now, via))) {
            audit.personalData(
                    consent.networkId(),
                    AuditAction.CONSENT_REVOKED,
                    "Consent",
                    consent.id(),
                    "CONSENT",
                    "Revoked via " + via + " (family " + consent.familyId() + ")");
            events.publishEvent(new ConsentRevoked(
                    consent.networkId(),
                    consent.familyId(),
                    consent.id(),
                    consent.organisationId(),
                    consent.purpose(),
                    by));
        }
    }

    /**
     * Refuses a share that the family's consent in force does not cover: this organisation, this purpose, today.
     *
     * @throws ConsentMissingException with what is missing
     */
    @Transactional(readOnly = true)
    public void require(UUID networkId, UUID familyId, UUID organisationId, ConsentPurpose purpose) {
        if (!covers(networkId, familyId, organisationId, purpose)) {
            throw new ConsentMissingException(familyId, organisationId, purpose);
        }
    }

    /**
     * Whether the family's consent in force covers the share today; for a caller that leaves out what it does not
     * cover, without the refusal that would roll its transaction back.
     */
    @Transactional(readOnly = true)
    public boolean covers(UUID networkId, UUID familyId, UUID organisationId, ConsentPurpose purpose) {
        scope.enter(networkId);
        LocalDate today = LocalDate.now(clock);
        return store.consents(familyId).stream().anyMatch(consent -> consent.permits(organisationId, purpose, today));
    }
}
