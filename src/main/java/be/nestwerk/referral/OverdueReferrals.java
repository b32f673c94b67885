package be.nestwerk.referral;

import be.nestwerk.family.FamilyScope;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.OrganisationRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's view of the referrals that wait longer than they should: which partners, which status, since
 * when. It names no family, so the coordinator needs no consent to see it.
 */
@Service
@Transactional(readOnly = true)
class OverdueReferrals {

    private final ReferralAccess access;
    private final FamilyScope scope;
    private final ReferralStore store;
    private final ReferralReminders reminders;
    private final NetworkDirectory directory;

    OverdueReferrals(
            ReferralAccess access,
            FamilyScope scope,
            ReferralStore store,
            ReferralReminders reminders,
            NetworkDirectory directory) {
        this.access = access;
        this.scope = scope;
        this.store = store;
        this.reminders = reminders;
        this.directory = directory;
    }

    record Overdue(UUID id, String from, String to, ReferralStatus status, Instant since) {}

    record OverduePage(List<Overdue> referrals, int total, int workingDays) {}

    OverduePage page(UUID networkId, int page, int size) {
        access.requireCoordinator(networkId);
        Map<UUID, String> partners = directory.organisationsOf(networkId).stream()
                .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a));
        scope.enter(networkId);
        Instant before = reminders.overdueBefore();
        List<Overdue> overdue = store.waitingSince(before, page * size, size).stream()
                .map(referral -> new Overdue(
                        referral.id(),
                        partners.getOrDefault(referral.fromOrganisation(), ""),
                        partners.getOrDefault(referral.toOrganisation(), ""),
                        referral.status(),
                        referral.statusSince()))
                .toList();
        return new OverduePage(overdue, store.countWaitingSince(before), reminders.workingDays());
    }
}
