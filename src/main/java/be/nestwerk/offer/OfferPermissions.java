package be.nestwerk.offer;

import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.Role;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may do what with offers: the staff of the owning organisation (partner admins and professionals) write
 * them, the network's coordinators write every offer and review; drafts are seen only by those who may write them.
 */
@Component
public class OfferPermissions {

    static final Role[] WRITERS = {Role.PARTNER_ADMIN, Role.PROFESSIONAL};

    private final NetworkAccess access;

    OfferPermissions(NetworkAccess access) {
        this.access = access;
    }

    public boolean canWrite(UUID networkId, UUID organisationId) {
        return access.isStaffOf(networkId, organisationId, WRITERS);
    }

    public boolean canReview(UUID networkId) {
        return access.has(networkId, Role.COORDINATOR);
    }

    /** The organisations whose offers the current person writes; all of them for a coordinator (empty set here). */
    public Set<UUID> writableOrganisations(UUID networkId) {
        return access.organisationsIn(networkId, WRITERS);
    }

    NestwerkUser requireWriter(UUID networkId, UUID organisationId) {
        return access.requireStaffOf(networkId, organisationId, WRITERS);
    }

    NestwerkUser requireReviewer(UUID networkId) {
        return access.require(networkId, Role.COORDINATOR);
    }
}
