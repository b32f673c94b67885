package be.nestwerk.referral;

import be.nestwerk.family.ConsentPurpose;
import be.nestwerk.family.Consents;
import be.nestwerk.family.FamilyProblem;
import be.nestwerk.family.FamilyScope;
import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.tenancy.MembershipView;
import be.nestwerk.platform.tenancy.Memberships;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sender names a volunteer of the network as the family's companion to the first visit, on the referral form or
 * while the referral waits. The family's consent to the referral covers the handover (the volunteer goes along for the
 * sender), so naming needs that consent in force; the audit records who was named. The volunteer hears of it by mail, without personal data.
 */
@Service
@Transactional
class Companions {

    static final int MAX_PLACE = 200;

    private final CompanionStore store;
    private final ReferralStore referrals;
    private final Referrals sending;
    private final ReferralAccess access;
    private final FamilyScope scope;
    private final Consents consents;
    private final Memberships memberships;
    private final Accounts accounts;
    private final NetworkDirectory directory;
    private final CompanionMails mails;
    private final AuditLog audit;
    private final Clock clock;

    Companions(
            CompanionStore store,
            ReferralStore referrals,
            Referrals sending,
            ReferralAccess access,
            FamilyScope scope,
            Consents consents,
            Memberships memberships,
            Accounts accounts,
            NetworkDirectory directory,
            CompanionMails mails,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.referrals = referrals;
        this.sending = sending;
        this.access = access;
        this.scope = scope;
        this.consents = consents;
        this.memberships = memberships;
        this.accounts = accounts;
        this.directory = directory;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** The network's volunteers, by name: the people a sender may name as companion. */
    @Transactional(readOnly = true)
    List<AccountView> volunteers(UUID networkId) {
        Set<UUID> ids = memberships.ofNetwork(networkId).stream()
                .filter(membership -> membership.role() == Role.VOLUNTEER)
                .map(MembershipView::userId)
                .collect(Collectors.toSet());
        return accounts.byIds(ids).values().stream()
                .sorted(Comparator.comparing(AccountView::displayName).thenComparing(AccountView::email))
                .toList();
    }

    /** Sends the referral and names its companion in one transaction: neither without the other. */
    UUID sendWith(UUID networkId, NewReferral referral, CompanionChoice choice) {
        List<AccountView> volunteers = volunteers(networkId);
        NetworkRef network = network(networkId);
        UUID id = sending.send(networkId, referral);
        scope.enter(networkId);
        Referral sent = referrals.find(id).orElseThrow();
        record(sent, choice, volunteers, network);
        return id;
    }

    /**
     * Names (or changes) the companion of a referral the current person's organisation sent and that still waits.
     *
     * @throws InvalidReferralException when the choice is not right (not a volunteer, a meeting in the past …)
     */
    void name(UUID networkId, UUID referralId, CompanionChoice choice) {
        List<AccountView> volunteers = volunteers(networkId);
        NetworkRef network = network(networkId);
        Referral referral = requireSender(networkId, referralId);
        if (!referral.status().waiting()) {
            throw new IllegalStepException(referral.status(), referral.status());
        }
        if (!consents.covers(networkId, referral.familyId(), referral.toOrganisation(), ConsentPurpose.REFERRAL)) {
            throw new InvalidReferralException(List.of(FamilyProblem.of("companionAccount", "family.consent.missing")));
        }
        record(referral, choice, volunteers, network);
    }

    /**
     * The referral, when the current person is staff of the organisation that sent it; checked before anything that
     * was posted is read, so that a refusal never depends on it.
     */
    Referral requireSender(UUID networkId, UUID referralId) {
        Set<UUID> organisations = access.requireStaff(networkId, Referrals.PURPOSE);
        scope.enter(networkId);
        Referral referral = referrals
                .find(referralId)
                .orElseThrow(() -> access.denied(networkId, referralId, Referrals.PURPOSE, "unknown referral"));
        if (!organisations.contains(referral.fromOrganisation())) {
            throw access.denied(networkId, referralId, Referrals.PURPOSE, "only the sender names a companion");
        }
        return referral;
    }

    /** The companion part of the referral's page, for a reader the referral's view has let in. */
    @Transactional(readOnly = true)
    CompanionPanel panel(UUID networkId, ReferralView view) {
        boolean sender = view.side() == ReferralSide.SENDER;
        List<AccountView> volunteers = sender ? volunteers(networkId) : List.of();
        scope.enter(networkId);
        Companion companion = store.find(view.referral().id()).orElse(null);
        Map<UUID, String> names = new HashMap<>();
        if (companion != null) {
            Set<UUID> people = new HashSet<>(Set.of(companion.account()));
            if (companion.doneBy() != null) {
                people.add(companion.doneBy());
            }
            accounts.byIds(people).forEach((id, account) -> names.put(id, account.displayName()));
        }
        return new CompanionPanel(
                companion, volunteers, names, sender && view.referral().status().waiting());
    }

    private void record(Referral referral, CompanionChoice choice, List<AccountView> volunteers, NetworkRef network) {
        AccountView volunteer = volunteers.stream()
                .filter(account -> account.id().equals(choice.account()))
                .findFirst()
                .orElse(null);
        List<FamilyProblem> problems = new ArrayList<>();
        if (volunteer == null) {
            problems.add(FamilyProblem.of("companionAccount", "companion.problem.volunteer"));
        }
        if (choice.meetingAt().toLocalDate().isBefore(LocalDate.now(clock))) {
            problems.add(FamilyProblem.of("meetingAt", "companion.problem.past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidReferralException(problems);
        }
        Companion before = store.find(referral.id()).orElse(null);
        store.name(new Companion(
                referral.id(),
                referral.networkId(),
                choice.account(),
                choice.meetingAt(),
                choice.meetingPlace(),
                choice.shareContact(),
                CurrentUser.require().id(),
                clock.instant(),
                null,
                null));
        audit.personalData(
                referral.networkId(),
                AuditAction.COMPANION_NAMED,
                "Referral",
                referral.id(),
                Referrals.PURPOSE,
                "Companion named: account " + choice.account() + (choice.shareContact() ? ", contact shared" : ""));
        if (before == null || !before.account().equals(choice.account())) {
            mails.named(volunteer, network, referral.id());
        }
    }

    private NetworkRef network(UUID networkId) {
        return directory.findAllById(List.of(networkId)).stream().findFirst().orElseThrow();
    }
}
