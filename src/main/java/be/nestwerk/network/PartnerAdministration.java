package be.nestwerk.network;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.BusinessRuleException;
import be.nestwerk.platform.web.NotFoundException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and changes partner organisations and their partnership. The coordinator acts for every partner, a partner
 * admin only for their own organisation and its commitment; only the coordinator sets how involved a partner is,
 * because that is the network's own assessment in the actor survey. Every change is audited with before and after.
 */
@Service
class PartnerAdministration {

    static final String ORGANISATION = "Organisation";
    static final String PARTNERSHIP = "Partnership";

    private final OrganisationRepository organisations;
    private final PartnershipRepository partnerships;
    private final NetworkAccess access;
    private final AuditLog auditLog;
    private final Clock clock;

    PartnerAdministration(
            OrganisationRepository organisations,
            PartnershipRepository partnerships,
            NetworkAccess access,
            AuditLog auditLog,
            Clock clock) {
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A new partner: the organisation and its partnership at once. */
    @Transactional
    UUID addPartner(UUID networkId, OrganisationDetails details, PartnershipTerms terms) {
        access.require(networkId, Role.COORDINATOR);
        Organisation organisation = insertOrganisation(networkId, details);
        insertPartnership(networkId, organisation, terms);
        return organisation.id();
    }

    @Transactional
    UUID addOrganisation(UUID networkId, OrganisationDetails details) {
        access.require(networkId, Role.COORDINATOR);
        return insertOrganisation(networkId, details).id();
    }

    /** Changes the organisation and, when terms are given, its partnership, as the partner's edit page does. */
    @Transactional
    void updatePartner(
            UUID networkId,
            UUID organisationId,
            OrganisationDetails details,
            @Nullable PartnershipTerms terms,
            @Nullable Long organisationVersion,
            @Nullable Long partnershipVersion) {
        Organisation organisation = organisationToChange(networkId, organisationId);
        changeOrganisation(organisation, details, organisationVersion);
        if (terms != null) {
            savePartnership(networkId, organisation, terms, partnershipVersion);
        }
    }

    @Transactional
    void updateOrganisation(UUID networkId, UUID organisationId, OrganisationDetails details) {
        changeOrganisation(organisationToChange(networkId, organisationId), details, null);
    }

    /** Sets the partnership's terms, creating the partnership when the organisation had none; true when created. */
    @Transactional
    boolean savePartnership(UUID networkId, UUID organisationId, PartnershipTerms terms) {
        return savePartnership(networkId, organisationToChange(networkId, organisationId), terms, null);
    }

    private Organisation organisationToChange(UUID networkId, UUID organisationId) {
        access.requireMember(networkId);
        Organisation organisation = organisations
                .findByIdAndNetworkId(organisationId, networkId)
                .orElseThrow(() -> new NotFoundException("organisation"));
        access.requireOrganisationAdmin(networkId, organisationId);
        return organisation;
    }

    private Organisation insertOrganisation(UUID networkId, OrganisationDetails details) {
        if (organisations.existsByNetworkIdAndNameIgnoreCase(networkId, details.name())) {
            throw new BusinessRuleException("partner.name-taken", details.name());
        }
        Organisation organisation = organisations.save(new Organisation(networkId, details, clock.instant()));
        auditLog.change(
                networkId,
                AuditAction.ORGANISATION_ADDED,
                ORGANISATION,
                organisation.id(),
                "Organisation '" + organisation.name() + "' added",
                null,
                organisation.details());
        return organisation;
    }

    private void changeOrganisation(
            Organisation organisation, OrganisationDetails details, @Nullable Long expectedVersion) {
        checkVersion(expectedVersion, organisation.version());
        OrganisationDetails before = organisation.details();
        if (before.equals(details)) {
            return;
        }
        if (organisations.existsByNetworkIdAndNameIgnoreCaseAndIdNot(
                organisation.networkId(), details.name(), organisation.id())) {
            throw new BusinessRuleException("partner.name-taken", details.name());
        }
        organisation.update(details, clock.instant());
        auditLog.change(
                organisation.networkId(),
                AuditAction.ORGANISATION_UPDATED,
                ORGANISATION,
                organisation.id(),
                "Organisation '" + organisation.name() + "' updated",
                before,
                organisation.details());
    }

    private boolean savePartnership(
            UUID networkId, Organisation organisation, PartnershipTerms terms, @Nullable Long expectedVersion) {
        Optional<Partnership> existing = partnerships.findByNetworkIdAndOrganisationId(networkId, organisation.id());
        if (existing.isEmpty() || existing.get().involvement() != terms.involvement()) {
            access.require(networkId, Role.COORDINATOR);
        }
        if (existing.isEmpty()) {
            insertPartnership(networkId, organisation, terms);
            return true;
        }
        Partnership partnership = existing.get();
        checkVersion(expectedVersion, partnership.version());
        PartnershipTerms before = partnership.terms();
        if (!before.equals(terms)) {
            partnership.update(terms, clock.instant());
            auditLog.change(
                    networkId,
                    AuditAction.PARTNERSHIP_UPDATED,
                    PARTNERSHIP,
                    partnership.id(),
                    "Partnership with '" + organisation.name() + "' updated",
                    before,
                    partnership.terms());
        }
        return false;
    }

    private void insertPartnership(UUID networkId, Organisation organisation, PartnershipTerms terms) {
        Partnership partnership =
                partnerships.save(new Partnership(networkId, organisation.id(), terms, clock.instant()));
        auditLog.change(
                networkId,
                AuditAction.PARTNERSHIP_ADDED,
                PARTNERSHIP,
                partnership.id(),
                "Partnership with '" + organisation.name() + "' added",
                null,
                partnership.terms());
    }

    private static void checkVersion(@Nullable Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new BusinessRuleException("partner.changed-meanwhile");
        }
    }
}
