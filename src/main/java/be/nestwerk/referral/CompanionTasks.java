package be.nestwerk.referral;

import be.nestwerk.family.ConsentPurpose;
import be.nestwerk.family.Consents;
import be.nestwerk.family.FamilyPseudonyms;
import be.nestwerk.family.FamilyScope;
import be.nestwerk.network.Partners;
import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.tenancy.Role;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A volunteer's companion tasks: only while they are a volunteer of the network, the referral has not ended and the
 * family's consent to it is in force; only what going along needs. Every read is audited, every refusal too — also
 * for another volunteer's task, an unknown id or one of another network, which look alike to the caller.
 */
@Service
@Transactional
class CompanionTasks {

    static final String PURPOSE = "COMPANION_TASK";

    private final CompanionStore store;
    private final ReferralStore referrals;
    private final ReferralAccess access;
    private final NetworkAccess network;
    private final Consents consents;
    private final FamilyPseudonyms pseudonyms;
    private final FamilyScope scope;
    private final NetworkDirectory directory;
    private final Partners partners;
    private final AuditLog audit;
    private final Clock clock;

    CompanionTasks(
            CompanionStore store,
            ReferralStore referrals,
            ReferralAccess access,
            NetworkAccess network,
            Consents consents,
            FamilyPseudonyms pseudonyms,
            FamilyScope scope,
            NetworkDirectory directory,
            Partners partners,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.referrals = referrals;
        this.access = access;
        this.network = network;
        this.consents = consents;
        this.pseudonyms = pseudonyms;
        this.scope = scope;
        this.directory = directory;
        this.partners = partners;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A page of the current volunteer's tasks, by meeting. Few per volunteer, so they are filtered on consent before
     * paging rather than in SQL across the family module's tables.
     */
    CompanionTaskPage page(UUID networkId, int page, int size) {
        NestwerkUser user = requireVolunteer(networkId, "*");
        Map<UUID, String> names = partnerNames(networkId);
        scope.enter(networkId);
        List<Referral> open = store.openTasksOf(user.id()).stream()
                .map(companion -> referrals.find(companion.referralId()).orElseThrow())
                .filter(this::consented)
                .toList();
        List<CompanionTask> tasks = open.stream()
                .skip((long) page * size)
                .limit(size)
                .map(referral -> task(referral, store.find(referral.id()).orElseThrow(), names, ""))
                .toList();
        audit.personalData(
                networkId,
                AuditAction.COMPANION_TASKS_LISTED,
                "Referral",
                user.id(),
                PURPOSE,
                tasks.size() + " companion tasks listed");
        return new CompanionTaskPage(tasks, open.size(), page, size);
    }

    /** One task, with only what going along needs. */
    CompanionTask task(UUID networkId, UUID referralId) {
        Assigned assigned = requireTask(networkId, referralId);
        Map<UUID, String> names = partnerNames(networkId);
        String address = partners.address(networkId, assigned.referral().toOrganisation());
        CompanionTask task = task(assigned.referral(), assigned.companion(), names, address);
        audit.personalData(networkId, AuditAction.COMPANION_TASK_READ, "Referral", referralId, PURPOSE, "Task read");
        return task;
    }

    /** The volunteer went along; recorded once, with who and when. */
    void done(UUID networkId, UUID referralId) {
        requireTask(networkId, referralId);
        if (store.done(referralId, CurrentUser.require().id(), clock.instant())) {
            audit.personalData(
                    networkId, AuditAction.COMPANION_TASK_DONE, "Referral", referralId, PURPOSE, "Went along");
        }
    }

    private Assigned requireTask(UUID networkId, UUID referralId) {
        NestwerkUser user = requireVolunteer(networkId, referralId);
        scope.enter(networkId);
        Companion companion = store.find(referralId)
                .filter(found -> found.account().equals(user.id()))
                .orElseThrow(() -> access.denied(networkId, referralId, PURPOSE, "not this volunteer's task"));
        Referral referral = referrals.find(referralId).orElseThrow();
        if (!referral.status().waiting()) {
            throw access.denied(networkId, referralId, PURPOSE, "the referral has ended");
        }
        if (!consented(referral)) {
            throw access.denied(networkId, referralId, PURPOSE, "consent no longer in force");
        }
        return new Assigned(referral, companion);
    }

    private NestwerkUser requireVolunteer(UUID networkId, Object id) {
        NestwerkUser user = CurrentUser.require();
        if (!network.has(networkId, Role.VOLUNTEER)) {
            throw access.denied(networkId, id, PURPOSE, "not a volunteer of the network");
        }
        return user;
    }

    private boolean consented(Referral referral) {
        return consents.covers(
                referral.networkId(), referral.familyId(), referral.toOrganisation(), ConsentPurpose.REFERRAL);
    }

    private CompanionTask task(Referral referral, Companion companion, Map<UUID, String> names, String address) {
        ReferralRequest request = referral.request();
        return new CompanionTask(
                referral.id(),
                pseudonyms.of(referral.networkId(), referral.familyId()),
                request.language(),
                request.interpreterNeeded(),
                names.getOrDefault(referral.toOrganisation(), ""),
                address,
                companion.meetingAt(),
                companion.meetingPlace(),
                companion.shareContact() ? request.contactRoute() : null,
                companion.doneAt());
    }

    private Map<UUID, String> partnerNames(UUID networkId) {
        return directory.organisationsOf(networkId).stream()
                .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a));
    }

    private record Assigned(Referral referral, Companion companion) {}
}
