package be.nestwerk.platform.account;

import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.NotFoundException;
import be.nestwerk.platform.web.PageRequests;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator's view on who belongs to the network: list, remove, change a role. */
@Service
class MemberAdministration {

    record Member(
            UUID membershipId,
            UUID userId,
            String name,
            String email,
            Role role,
            @Nullable UUID organisationId,
            @Nullable String organisationName) {}

    private final Memberships memberships;
    private final Accounts accounts;
    private final NetworkAccess access;
    private final Organisations organisations;

    MemberAdministration(
            Memberships memberships, Accounts accounts, NetworkAccess access, Organisations organisations) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.access = access;
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    Page<Member> members(UUID networkId, int page, int size) {
        access.require(networkId, Role.COORDINATOR);
        List<MembershipView> all = memberships.ofNetwork(networkId);
        Map<UUID, AccountView> people = accounts.byIds(
                all.stream().map(MembershipView::userId).distinct().toList());
        Map<UUID, String> organisationNames = organisations.names(all.stream()
                .map(MembershipView::organisationId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<Member> members = all.stream()
                .filter(m -> people.containsKey(m.userId()))
                .map(m -> new Member(
                        m.id(),
                        m.userId(),
                        people.get(m.userId()).displayName(),
                        people.get(m.userId()).email(),
                        m.role(),
                        m.organisationId(),
                        m.organisationId() == null ? null : organisationNames.get(m.organisationId())))
                .sorted(Comparator.comparing((Member m) -> m.name().toLowerCase(Locale.ROOT))
                        .thenComparing(Member::email)
                        .thenComparing(Member::role))
                .toList();
        PageRequest request = PageRequests.of(page, size);
        int from = (int) Math.min(members.size(), request.getOffset());
        int to = Math.min(members.size(), from + request.getPageSize());
        return new PageImpl<>(members.subList(from, to), request, members.size());
    }

    @Transactional
    void remove(UUID networkId, UUID membershipId) {
        access.require(networkId, Role.COORDINATOR);
        memberships.revoke(networkId, membershipId);
    }

    /** Grants the new role before revoking the old one, so that the last coordinator cannot step down. */
    @Transactional
    void changeRole(UUID networkId, UUID membershipId, Role role, @Nullable UUID organisationId) {
        access.require(networkId, Role.COORDINATOR);
        MembershipView current = memberships.ofNetwork(networkId).stream()
                .filter(m -> m.id().equals(membershipId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("membership"));
        if (current.role() == role && Objects.equals(current.organisationId(), organisationId)) {
            return;
        }
        organisations.checkFor(networkId, role, organisationId);
        memberships.grant(current.userId(), networkId, organisationId, role);
        memberships.revoke(networkId, membershipId);
    }
}
