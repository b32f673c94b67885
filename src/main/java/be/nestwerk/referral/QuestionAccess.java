package be.nestwerk.referral;

import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.tenancy.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who works with questions and material support: staff (professionals, partner admins, coordinators with an
 * organisation) of a partner organisation, as for families. A question is seen by the staff of the organisation that
 * registered it and of the one that owns it. Every refusal is audited, also for an unknown or foreign id.
 */
@Component
class QuestionAccess {

    static final Role[] STAFF = {Role.PROFESSIONAL, Role.PARTNER_ADMIN, Role.COORDINATOR};

    private final NetworkAccess network;
    private final NetworkDirectory directory;
    private final Memberships memberships;
    private final AuditLog audit;

    QuestionAccess(NetworkAccess network, NetworkDirectory directory, Memberships memberships, AuditLog audit) {
        this.network = network;
        this.directory = directory;
        this.memberships = memberships;
        this.audit = audit;
    }

    /** The organisations the current person works with families for in the network; empty for anyone else. */
    Set<UUID> organisations(UUID networkId) {
        return network.organisationsIn(networkId, STAFF);
    }

    /** Refuses (403, audited) unless the current person works with families in the network. */
    Set<UUID> requireStaff(UUID networkId, String entityType, String purpose) {
        CurrentUser.require();
        Set<UUID> organisations = organisations(networkId);
        if (organisations.isEmpty()) {
            throw denied(networkId, entityType, "*", purpose, "no role that works with families");
        }
        return organisations;
    }

    /** Refuses (403, audited) unless the current person works with families for this organisation. */
    void requireStaffOf(UUID networkId, UUID organisationId, String entityType) {
        if (!requireStaff(networkId, entityType, "register").contains(organisationId)) {
            throw denied(networkId, "Organisation", organisationId, "register", "not staff of the organisation");
        }
    }

    /** Refuses (403, audited) unless the current person is a coordinator or partner admin of the network. */
    void requireStatisticsReader(UUID networkId) {
        network.require(networkId, Role.COORDINATOR, Role.PARTNER_ADMIN);
    }

    boolean isPartner(UUID networkId, UUID organisationId) {
        return directory.organisationsOf(networkId).stream()
                .map(OrganisationRef::id)
                .anyMatch(organisationId::equals);
    }

    /** The person works with families for the organisation, so may own its questions. */
    boolean isStaffOf(UUID networkId, UUID organisationId, UUID person) {
        List<Role> staff = List.of(STAFF);
        return memberships.ofNetwork(networkId).stream()
                .anyMatch(membership -> membership.userId().equals(person)
                        && organisationId.equals(membership.organisationId())
                        && staff.contains(membership.role()));
    }

    /** The memberships of people who can own questions, per organisation. */
    List<MembershipView> owners(UUID networkId) {
        List<Role> staff = List.of(STAFF);
        return memberships.ofNetwork(networkId).stream()
                .filter(membership -> membership.organisationId() != null && staff.contains(membership.role()))
                .toList();
    }

    AccessDeniedException denied(UUID networkId, String entityType, @Nullable Object id, String purpose, String why) {
        audit.personalDataDenied(networkId, entityType, id == null ? "*" : id, purpose, "Refused: " + why);
        return new AccessDeniedException("Not allowed: " + entityType + " " + id);
    }
}
