package be.nestwerk.family;

import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a family's personal data: staff (professionals, partner admins, coordinators with an organisation) of
 * the organisation that registered it, and of the organisations its consent in force opens it to. Volunteers and the
 * agency never see a family. Every refusal is audited, also when the family does not exist or lies in another
 * network, so that guessing ids leaves a trace and learns nothing.
 */
@Component
class FamilyAccess {

    static final Role[] FAMILY_STAFF = {Role.PROFESSIONAL, Role.PARTNER_ADMIN, Role.COORDINATOR};

    private final NetworkAccess network;
    private final AuditLog audit;
    private final Clock clock;

    FamilyAccess(NetworkAccess network, AuditLog audit, Clock clock) {
        this.network = network;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organisations the current person works for with families in this network; empty for anyone else. */
    Set<UUID> organisations(UUID networkId) {
        return network.organisationsIn(networkId, FAMILY_STAFF);
    }

    /** Refuses (403, audited) unless the current person works with families for this organisation. */
    NestwerkUser requireStaffOf(UUID networkId, UUID organisationId) {
        NestwerkUser user = CurrentUser.require();
        if (!organisations(networkId).contains(organisationId)) {
            throw denied(networkId, "Organisation", organisationId, "register", "not staff of the organisation");
        }
        return user;
    }

    /** Refuses unless the current person works with families in the network at all. */
    Set<UUID> requireFamilyStaff(UUID networkId, String purpose) {
        CurrentUser.require();
        Set<UUID> organisations = organisations(networkId);
        if (organisations.isEmpty()) {
            throw denied(networkId, "Family", "*", purpose, "no role that works with families");
        }
        return organisations;
    }

    boolean maySee(Set<UUID> organisations, UUID registeredBy, List<Consent> consents) {
        LocalDate today = LocalDate.now(clock);
        return organisations.contains(registeredBy)
                || consents.stream()
                        .anyMatch(consent ->
                                organisations.stream().anyMatch(organisation -> consent.opensTo(organisation, today)));
    }

    AccessDeniedException denied(UUID networkId, String entityType, Object id, String purpose, String why) {
        audit.personalDataDenied(networkId, entityType, id, purpose, "Refused: " + why);
        return new AccessDeniedException("Not allowed: " + entityType + " " + id);
    }
}
