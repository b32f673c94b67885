package be.nestwerk.platform.tenancy;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who belongs to which network, in which role and for which organisation. */
@Service
public class Memberships {

    private final MembershipRepository repository;
    private final AuditLog auditLog;
    private final Clock clock;

    Memberships(MembershipRepository repository, AuditLog auditLog, Clock clock) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MembershipView> ofUser(UUID userId) {
        return repository.findByUserId(userId).stream().map(Membership::view).toList();
    }

    @Transactional(readOnly = true)
    public List<MembershipView> ofNetwork(UUID networkId) {
        return repository.findByNetworkIdOrderByCreatedAt(networkId).stream()
                .map(Membership::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean holds(UUID userId, UUID networkId, Role role) {
        return repository.existsByUserIdAndNetworkIdAndRole(userId, networkId, role);
    }

    /** Adds the membership unless the person already holds it; audited as a role change. */
    @Transactional
    public MembershipView grant(UUID userId, UUID networkId, @Nullable UUID organisationId, Role role) {
        return repository.findByUserIdAndNetworkId(userId, networkId).stream()
                .filter(m -> m.role() == role && java.util.Objects.equals(m.organisationId(), organisationId))
                .findFirst()
                .map(Membership::view)
                .orElseGet(() -> {
                    Membership membership =
                            repository.save(new Membership(userId, networkId, organisationId, role, clock.instant()));
                    auditLog.change(
                            networkId,
                            AuditAction.MEMBERSHIP_ADDED,
                            "Membership",
                            membership.id(),
                            role + " for user " + userId,
                            null,
                            Map.of("userId", userId, "role", role, "organisationId", String.valueOf(organisationId)));
                    return membership.view();
                });
    }

    /** Removes a membership of the network; refuses to remove the network's last coordinator. */
    @Transactional
    public void revoke(UUID networkId, UUID membershipId) {
        Membership membership = repository
                .findByIdAndNetworkId(membershipId, networkId)
                .orElseThrow(() -> new be.nestwerk.platform.web.NotFoundException("membership"));
        if (membership.role() == Role.COORDINATOR
                && repository.countByNetworkIdAndRole(networkId, Role.COORDINATOR) <= 1) {
            throw new be.nestwerk.platform.web.BusinessRuleException("membership.last-coordinator");
        }
        repository.delete(membership);
        auditLog.change(
                networkId,
                AuditAction.MEMBERSHIP_REMOVED,
                "Membership",
                membership.id(),
                membership.role() + " for user " + membership.userId(),
                Map.of("userId", membership.userId(), "role", membership.role()),
                null);
    }
}
