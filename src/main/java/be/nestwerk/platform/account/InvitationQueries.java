package be.nestwerk.platform.account;

import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.NotFoundException;
import be.nestwerk.platform.web.PageRequests;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the invitation pages show: one invitation to its invitee, the pending ones to the coordinator. */
@Component
class InvitationQueries {

    record Details(
            NetworkRef network,
            String email,
            String displayName,
            Role role,
            @Nullable String organisationName,
            boolean existingAccount) {}

    record Pending(
            UUID id,
            String email,
            String displayName,
            Role role,
            @Nullable String organisationName,
            Instant sentAt,
            Instant expiresAt,
            boolean expired) {}

    private final AccountLinkRepository links;
    private final OneTimeLinks oneTimeLinks;
    private final Accounts accounts;
    private final NetworkAccess access;
    private final NetworkDirectory networks;
    private final Organisations organisations;
    private final Clock clock;

    InvitationQueries(
            AccountLinkRepository links,
            OneTimeLinks oneTimeLinks,
            Accounts accounts,
            NetworkAccess access,
            NetworkDirectory networks,
            Organisations organisations,
            Clock clock) {
        this.links = links;
        this.oneTimeLinks = oneTimeLinks;
        this.accounts = accounts;
        this.access = access;
        this.networks = networks;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Details details(String secret) {
        AccountLink link = oneTimeLinks.usable(secret, LinkPurpose.INVITATION);
        NetworkRef network = networks.findAllById(List.of(link.networkId())).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("network"));
        UUID organisationId = link.organisationId();
        return new Details(
                network,
                link.email(),
                link.displayName(),
                link.role(),
                organisationId == null
                        ? null
                        : organisations.names(List.of(organisationId)).get(organisationId),
                accounts.findByEmail(link.email()).map(AccountView::hasPassword).orElse(false));
    }

    @Transactional(readOnly = true)
    Page<Pending> pending(UUID networkId, int page, int size) {
        access.require(networkId, Role.COORDINATOR);
        Page<AccountLink> found = links.pendingInvitations(networkId, PageRequests.of(page, size));
        Map<UUID, String> names = organisations.names(found.getContent().stream()
                .map(AccountLink::organisationId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Instant now = clock.instant();
        return found.map(link -> new Pending(
                link.id(),
                link.email(),
                link.displayName(),
                link.role(),
                link.organisationId() == null ? null : names.get(link.organisationId()),
                link.createdAt(),
                link.expiresAt(),
                !link.expiresAt().isAfter(now)));
    }
}
