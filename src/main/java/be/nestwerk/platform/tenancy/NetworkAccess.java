package be.nestwerk.platform.tenancy;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.NestwerkUser;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides, on the server, what the current person may do in a network, from their memberships. Every
 * application service calls it before it reads or changes a network's data; a refusal is audited.
 */
@Service
public class NetworkAccess {

    private final MembershipRepository memberships;
    private final AuditLog auditLog;

    NetworkAccess(MembershipRepository memberships, AuditLog auditLog) {
        this.memberships = memberships;
        this.auditLog = auditLog;
    }

    /** The current person's roles in the network; empty when not a member (or not signed in). */
    @Transactional(readOnly = true)
    public Set<Role> rolesIn(UUID networkId) {
        return CurrentUser.get()
                .map(user -> memberships.findByUserIdAndNetworkId(user.id(), networkId).stream()
                        .map(Membership::role)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))))
                .orElseGet(() -> EnumSet.noneOf(Role.class));
    }

    public boolean has(UUID networkId, Role... anyOf) {
        Set<Role> roles = rolesIn(networkId);
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    public boolean isMember(UUID networkId) {
        return !rolesIn(networkId).isEmpty();
    }

    /** Refuses (403, audited) unless the current person holds one of the roles in the network. */
    public NestwerkUser require(UUID networkId, Role... anyOf) {
        NestwerkUser user = CurrentUser.require();
        if (!has(networkId, anyOf)) {
            deny(user, networkId, "role " + Arrays.toString(anyOf));
        }
        return user;
    }

    /** Refuses unless the current person is any kind of member of the network. */
    public NestwerkUser requireMember(UUID networkId) {
        return require(networkId, Role.values());
    }

    /** Coordinators may act for every organisation; a partner admin only for the organisation of their membership. */
    public NestwerkUser requireOrganisationAdmin(UUID networkId, UUID organisationId) {
        return requireStaffOf(networkId, organisationId, Role.PARTNER_ADMIN);
    }

    /**
     * Refuses unless the current person is a coordinator of the network or holds one of the roles for this
     * organisation in it.
     */
    public NestwerkUser requireStaffOf(UUID networkId, UUID organisationId, Role... organisationRoles) {
        NestwerkUser user = CurrentUser.require();
        if (!isStaffOf(networkId, organisationId, organisationRoles)) {
            deny(user, networkId, "organisation " + organisationId);
        }
        return user;
    }

    /** Whether the current person is a coordinator of the network or holds one of the roles for the organisation. */
    @Transactional(readOnly = true)
    public boolean isStaffOf(UUID networkId, UUID organisationId, Role... organisationRoles) {
        List<Role> roles = Arrays.asList(organisationRoles);
        return CurrentUser.get()
                .map(user -> memberships.findByUserIdAndNetworkId(user.id(), networkId).stream()
                        .anyMatch(m -> m.role() == Role.COORDINATOR
                                || (roles.contains(m.role()) && organisationId.equals(m.organisationId()))))
                .orElse(false);
    }

    /** The organisations for which the current person holds one of these roles in the network. */
    @Transactional(readOnly = true)
    public Set<UUID> organisationsIn(UUID networkId, Role... organisationRoles) {
        List<Role> roles = Arrays.asList(organisationRoles);
        return CurrentUser.get()
                .map(user -> memberships.findByUserIdAndNetworkId(user.id(), networkId).stream()
                        .filter(m -> roles.contains(m.role()) && m.organisationId() != null)
                        .map(Membership::organisationId)
                        .collect(Collectors.toSet()))
                .orElseGet(Set::of);
    }

    /** The organisations the current person works for in the network. */
    @Transactional(readOnly = true)
    public Set<UUID> organisationsIn(UUID networkId) {
        return CurrentUser.get()
                .map(user -> memberships.findByUserIdAndNetworkId(user.id(), networkId).stream()
                        .map(Membership::organisationId)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()))
                .orElseGet(Set::of);
    }

    public Optional<NestwerkUser> currentUser() {
        return CurrentUser.get();
    }

    public NestwerkUser requireAgencyAdmin() {
        NestwerkUser user = CurrentUser.require();
        if (!user.agencyAdmin()) {
            deny(user, null, "agency administration");
        }
        return user;
    }

    private void deny(NestwerkUser user, @Nullable UUID networkId, String what) {
        auditLog.security(AuditAction.ACCESS_DENIED, user.id(), user.email(), networkId, "Refused: " + what);
        throw new AccessDeniedException("Access denied");
    }
}
