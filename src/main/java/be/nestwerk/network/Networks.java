package be.nestwerk.network;

import be.nestwerk.platform.account.Invitations;
import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.BusinessRuleException;
import be.nestwerk.platform.web.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Networks: the Huizen van het Kind (created by the agency) and the community-focused networks inside them
 * (created by a coordinator of the Huis van het Kind), and their settings.
 */
@Service
public class Networks {

    private final NetworkRepository repository;
    private final NetworkAccess access;
    private final Accounts accounts;
    private final Memberships memberships;
    private final PublicNetworkQueries queries;
    private final AuditLog auditLog;
    private final Invitations invitations;
    private final Clock clock;

    Networks(
            NetworkRepository repository,
            NetworkAccess access,
            Accounts accounts,
            Memberships memberships,
            PublicNetworkQueries queries,
            AuditLog auditLog,
            Invitations invitations,
            Clock clock) {
        this.repository = repository;
        this.access = access;
        this.accounts = accounts;
        this.memberships = memberships;
        this.queries = queries;
        this.auditLog = auditLog;
        this.invitations = invitations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<NetworkView> find(UUID id) {
        return repository.findById(id).map(Network::view);
    }

    @Transactional(readOnly = true)
    public Optional<NetworkView> findBySlug(String slug) {
        return repository.findBySlug(slug).map(Network::view);
    }

    /** The network with this slug, or a 404. */
    @Transactional(readOnly = true)
    public NetworkView requireBySlug(String slug) {
        return findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }

    @Transactional(readOnly = true)
    public List<NetworkView> findAll(Collection<UUID> ids) {
        return repository.findAllById(ids).stream().map(Network::view).toList();
    }

    @Transactional(readOnly = true)
    public List<NetworkView> communityNetworksOf(UUID huisVanHetKindId) {
        return repository.findByParentNetworkIdOrderByName(huisVanHetKindId).stream()
                .map(Network::view)
                .toList();
    }

    /** All networks for an agency administrator; for anyone else the networks they are a member of. */
    @Transactional(readOnly = true)
    public Page<NetworkView> visibleTo(NestwerkUser user, Pageable pageable) {
        if (user.agencyAdmin()) {
            return repository.findAll(pageable).map(Network::view);
        }
        List<UUID> ids = memberships.ofUser(user.id()).stream()
                .map(MembershipView::networkId)
                .distinct()
                .toList();
        return repository.findByIdIn(ids, pageable).map(Network::view);
    }

    /**
     * An agency administrator creates a Huis van het Kind and names its first coordinator. A person who can already
     * sign in becomes coordinator at once; anyone else is invited by e-mail and becomes coordinator by accepting.
     */
    @Transactional
    public NetworkView createHuisVanHetKind(String name, String coordinatorEmail, String coordinatorName) {
        access.requireAgencyAdmin();
        Network network = create(name, NetworkKind.HUIS_VAN_HET_KIND, null);
        Optional<AccountView> coordinator =
                accounts.findByEmail(coordinatorEmail).filter(AccountView::hasPassword);
        auditLog.change(
                network.id(),
                AuditAction.NETWORK_CREATED,
                "Network",
                network.id(),
                "Huis van het Kind '" + network.name() + "' created, coordinator " + coordinatorEmail.trim(),
                null,
                network.view());
        if (coordinator.isPresent()) {
            memberships.grant(coordinator.get().id(), network.id(), null, Role.COORDINATOR);
        } else {
            invitations.inviteExistingOrNew(
                    network.id(), coordinatorEmail.trim(), coordinatorName.trim(), Role.COORDINATOR, null);
        }
        return network.view();
    }

    /** A coordinator of a Huis van het Kind creates a community network inside it and becomes its coordinator. */
    @Transactional
    public NetworkView createCommunityNetwork(UUID huisVanHetKindId, String name) {
        Network parent = repository.findById(huisVanHetKindId).orElseThrow(() -> new NotFoundException("network"));
        NestwerkUser user = access.require(parent.id(), Role.COORDINATOR);
        if (parent.kind() != NetworkKind.HUIS_VAN_HET_KIND) {
            throw new BusinessRuleException("network.community.parent-not-huis-van-het-kind");
        }
        Network network = create(name, NetworkKind.COMMUNITY_NETWORK, parent.id());
        memberships.grant(user.id(), network.id(), null, Role.COORDINATOR);
        auditLog.change(
                network.id(),
                AuditAction.NETWORK_CREATED,
                "Network",
                network.id(),
                "Community network '" + network.name() + "' created in '" + parent.name() + "'",
                null,
                network.view());
        return network.view();
    }

    /** A coordinator changes the network's settings; the kind and the web address stay as they were created. */
    @Transactional
    public NetworkView update(UUID networkId, NetworkSettings settings) {
        Network network = repository.findById(networkId).orElseThrow(() -> new NotFoundException("network"));
        access.require(networkId, Role.COORDINATOR);
        check(networkId, settings);
        NetworkView before = network.view();
        network.update(settings, clock.instant());
        try {
            repository.saveAndFlush(network);
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            throw new BusinessRuleException("network.settings.changed-meanwhile");
        }
        auditLog.change(
                networkId,
                AuditAction.NETWORK_UPDATED,
                "Network",
                networkId,
                "Settings of '" + network.name() + "' changed",
                before,
                network.view());
        return network.view();
    }

    private void check(UUID networkId, NetworkSettings settings) {
        if (settings.name().isBlank()
                || settings.ageFromMonths() < NetworkSettings.MIN_AGE_MONTHS
                || settings.ageToMonths() > NetworkSettings.MAX_AGE_MONTHS
                || settings.ageFromMonths() >= settings.ageToMonths()
                || !NetworkLanguages.allKnown(settings.languages())) {
            throw new IllegalArgumentException("Invalid network settings");
        }
        UUID directing = settings.directingOrganisationId();
        if (directing != null && queries.organisations(networkId).stream().noneMatch(o -> o.id().equals(directing))) {
            throw new BusinessRuleException("network.settings.directing-organisation-unknown");
        }
    }

    private Network create(String name, NetworkKind kind, @org.jspecify.annotations.Nullable UUID parentId) {
        String trimmed = name.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("A network needs a name");
        }
        String slug = Slugs.unique(trimmed, repository::existsBySlug);
        return repository.saveAndFlush(new Network(slug, trimmed, kind, parentId, clock.instant()));
    }
}
