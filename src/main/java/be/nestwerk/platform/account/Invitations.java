package be.nestwerk.platform.account;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.security.SecretTokens;
import be.nestwerk.platform.security.SignIn;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.BusinessRuleException;
import be.nestwerk.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to a network: a one-time link by mail that lets a new person choose a password, or an existing
 * account accept with one click. The membership is granted only when the invitation is accepted.
 */
@Service
public class Invitations {

    static final String SECRET_PREFIX = "nwi_";

    private final AccountLinkRepository links;
    private final OneTimeLinks oneTimeLinks;
    private final Accounts accounts;
    private final Memberships memberships;
    private final NetworkAccess access;
    private final NetworkDirectory networks;
    private final Organisations organisations;
    private final AccountMails mails;
    private final SignIn signIn;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Duration validity;

    Invitations(
            AccountLinkRepository links,
            OneTimeLinks oneTimeLinks,
            Accounts accounts,
            Memberships memberships,
            NetworkAccess access,
            NetworkDirectory networks,
            Organisations organisations,
            AccountMails mails,
            SignIn signIn,
            AuditLog auditLog,
            Clock clock,
            @Value("${nestwerk.security.invitation-validity:7d}") Duration validity) {
        this.links = links;
        this.oneTimeLinks = oneTimeLinks;
        this.accounts = accounts;
        this.memberships = memberships;
        this.access = access;
        this.networks = networks;
        this.organisations = organisations;
        this.mails = mails;
        this.signIn = signIn;
        this.auditLog = auditLog;
        this.clock = clock;
        this.validity = validity;
    }

    /**
     * Invites a person (with or without an account) to the network, for instance the first coordinator of a network
     * an agency administrator just created. Allowed to the network's coordinators and to agency administrators.
     * Replaces an earlier pending invitation of the same address to the same network. Returns the invitation's id.
     */
    @Transactional
    public UUID inviteExistingOrNew(
            UUID networkId, String email, String displayName, Role role, @Nullable UUID organisationId) {
        if (!access.has(networkId, Role.COORDINATOR)) {
            access.requireAgencyAdmin();
        }
        return invite(networkId, email, displayName, role, organisationId);
    }

    /** A coordinator invites someone from the network's members page. */
    @Transactional
    UUID inviteAsCoordinator(
            UUID networkId, String email, String displayName, Role role, @Nullable UUID organisationId) {
        access.require(networkId, Role.COORDINATOR);
        return invite(networkId, email, displayName, role, organisationId);
    }

    private UUID invite(UUID networkId, String email, String displayName, Role role, @Nullable UUID organisationId) {
        NetworkRef network = network(networkId);
        organisations.checkFor(networkId, role, organisationId);
        Optional<AccountView> existing = accounts.findByEmail(email);
        if (existing.isPresent()
                && memberships.ofUser(existing.get().id()).stream()
                        .anyMatch(m -> m.networkId().equals(networkId)
                                && m.role() == role
                                && Objects.equals(m.organisationId(), organisationId))) {
            throw new BusinessRuleException("account.members.already-member");
        }
        Instant now = clock.instant();
        links.pendingInvitations(networkId, email.trim()).forEach(earlier -> earlier.cancel(now));
        String secret = SecretTokens.newSecret(SECRET_PREFIX);
        AccountLink link = links.save(AccountLink.invitation(
                SecretTokens.hash(secret),
                email,
                displayName.trim(),
                networkId,
                role,
                organisationId,
                CurrentUser.get().map(NestwerkUser::id).orElse(null),
                now,
                now.plus(validity)));
        mail(link, network, secret);
        auditLog.change(
                networkId,
                AuditAction.INVITATION_SENT,
                "Invitation",
                link.id(),
                "Invitation for " + link.email() + " as " + role,
                null,
                describe(link));
        return link.id();
    }

    /** Sends a new link (the old one stops working) with a new validity. */
    @Transactional
    void resend(UUID networkId, UUID invitationId) {
        access.require(networkId, Role.COORDINATOR);
        AccountLink link = pending(networkId, invitationId);
        String secret = SecretTokens.newSecret(SECRET_PREFIX);
        Instant now = clock.instant();
        link.renew(SecretTokens.hash(secret), now, now.plus(validity));
        mail(link, network(networkId), secret);
        auditLog.change(
                networkId,
                AuditAction.INVITATION_SENT,
                "Invitation",
                link.id(),
                "Invitation for " + link.email() + " sent again",
                null,
                describe(link));
    }

    @Transactional
    void cancel(UUID networkId, UUID invitationId) {
        access.require(networkId, Role.COORDINATOR);
        AccountLink link = pending(networkId, invitationId);
        link.cancel(clock.instant());
        auditLog.change(
                networkId,
                AuditAction.INVITATION_CANCELLED,
                "Invitation",
                link.id(),
                "Invitation for " + link.email() + " cancelled",
                describe(link),
                null);
    }

    /** A new person (or an account that never had a password) chooses a name and password, and is signed in. */
    @Transactional
    NetworkRef acceptAsNewPerson(String secret, String displayName, String password) {
        AccountLink link = oneTimeLinks.lockUsable(secret, LinkPurpose.INVITATION);
        Optional<AccountView> existing = accounts.findByEmail(link.email());
        UUID userId;
        if (existing.isEmpty()) {
            userId = accounts.create(link.email(), displayName, password).id();
        } else if (!existing.get().hasPassword()) {
            userId = existing.get().id();
            accounts.rename(userId, displayName);
            accounts.changePassword(userId, password);
        } else {
            throw new BusinessRuleException("account.invitation.sign-in-first");
        }
        signIn.actAs(userId);
        return accept(link, userId);
    }

    /** The signed-in person accepts an invitation sent to their own address. */
    @Transactional
    NetworkRef acceptAsSignedIn(String secret) {
        NestwerkUser user = CurrentUser.require();
        AccountLink link = oneTimeLinks.lockUsable(secret, LinkPurpose.INVITATION);
        if (!user.email().equalsIgnoreCase(link.email())) {
            throw new BusinessRuleException("account.invitation.other-account", link.email());
        }
        return accept(link, user.id());
    }

    private NetworkRef accept(AccountLink link, UUID userId) {
        memberships.grant(userId, link.networkId(), link.organisationId(), link.role());
        link.use(clock.instant());
        auditLog.change(
                link.networkId(),
                AuditAction.INVITATION_ACCEPTED,
                "Invitation",
                link.id(),
                link.email() + " accepted the invitation as " + link.role(),
                null,
                describe(link));
        return network(link.networkId());
    }

    private AccountLink pending(UUID networkId, UUID invitationId) {
        return links.findByIdAndNetworkIdAndPurpose(invitationId, networkId, LinkPurpose.INVITATION)
                .filter(AccountLink::pending)
                .orElseThrow(() -> new NotFoundException("invitation"));
    }

    private void mail(AccountLink link, NetworkRef network, String secret) {
        String inviter = CurrentUser.get().map(NestwerkUser::displayName).orElse(network.name());
        mails.invitation(
                link.email(),
                accounts.findByEmail(link.email()),
                link.displayName(),
                inviter,
                network.name(),
                link.role(),
                secret,
                link.expiresAt());
    }

    private NetworkRef network(UUID networkId) {
        return networks.findAllById(List.of(networkId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("network"));
    }

    private static Map<String, Object> describe(AccountLink link) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("email", link.email());
        data.put("role", link.role());
        data.put("organisationId", String.valueOf(link.organisationId()));
        data.put("expiresAt", link.expiresAt().toString());
        return data;
    }
}
