package be.nestwerk.referral;

import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.Role;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may act on a referral: staff who work with families (professionals, partner admins, coordinators with an
 * organisation) of the sending partner, or of the receiving one. Refusals are audited, also for ids that do not exist
 * or belong to another network, and look alike to the caller.
 */
@Component
class ReferralAccess {

    static final Role[] STAFF = {Role.PROFESSIONAL, Role.PARTNER_ADMIN, Role.COORDINATOR};

    private final NetworkAccess network;
    private final AuditLog audit;

    ReferralAccess(NetworkAccess network, AuditLog audit) {
        this.network = network;
        this.audit = audit;
    }

    /** The organisations the current person works with families for in this network; refused when none. */
    Set<UUID> requireStaff(UUID networkId, String purpose) {
        CurrentUser.require();
        Set<UUID> organisations = network.organisationsIn(networkId, STAFF);
        if (organisations.isEmpty()) {
            throw denied(networkId, "*", purpose, "no role that works with families");
        }
        return organisations;
    }

    NestwerkUser requireStaffOf(UUID networkId, UUID organisationId, String purpose) {
        NestwerkUser user = CurrentUser.require();
        if (!network.organisationsIn(networkId, STAFF).contains(organisationId)) {
            throw denied(networkId, organisationId, purpose, "not staff of the organisation");
        }
        return user;
    }

    /** The side the current person stands on, or a refusal. Someone of both partners acts as the receiver. */
    ReferralSide sideOf(Referral referral, Set<UUID> organisations) {
        if (organisations.contains(referral.toOrganisation())) {
            return ReferralSide.RECEIVER;
        }
        if (organisations.contains(referral.fromOrganisation())) {
            return ReferralSide.SENDER;
        }
        throw denied(referral.networkId(), referral.id(), "REFERRAL", "neither sender nor receiver");
    }

    void requireCoordinator(UUID networkId) {
        network.require(networkId, Role.COORDINATOR);
    }

    AccessDeniedException denied(UUID networkId, Object id, String purpose, String why) {
        audit.personalDataDenied(networkId, "Referral", id, purpose, "Refused: " + why);
        return new AccessDeniedException("Not allowed: referral " + id);
    }
}
