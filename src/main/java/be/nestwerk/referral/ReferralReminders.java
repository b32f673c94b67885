package be.nestwerk.referral;

import be.nestwerk.family.FamilyScope;
import be.nestwerk.platform.time.WorkingDays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds both partners of a referral that has waited in its status longer than the configured number of working days
 * (Monday to Friday, not on public holidays); once per status. Runs on working days only, network by network under
 * row-level security, claiming rows with skip locked so that several instances can run it at once.
 */
@Component
class ReferralReminders {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Logger log = LoggerFactory.getLogger(ReferralReminders.class);
    private static final int BATCH = 100;

    private final ReferralStore store;
    private final FamilyScope scope;
    private final ReferralNotifications notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int workingDays;

    ReferralReminders(
            ReferralStore store,
            FamilyScope scope,
            ReferralNotifications notifications,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${nestwerk.referral.reminder-after-working-days:3}") int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("nestwerk.referral.reminder-after-working-days must be at least 1");
        }
        this.store = store;
        this.scope = scope;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
        this.workingDays = workingDays;
    }

    /** Sends the reminders that are due; returns how many referrals were reminded. */
    @Scheduled(
            fixedDelayString = "${nestwerk.referral.reminder-interval:15m}",
            initialDelayString = "${nestwerk.referral.reminder-interval:15m}")
    int remindDue() {
        LocalDate today = LocalDate.now(clock.withZone(BRUSSELS));
        if (!WorkingDays.isWorkingDay(today)) {
            return 0;
        }
        Instant before = overdueBefore();
        int reminded = 0;
        List<UUID> networks = transactions.execute(status -> store.networksWithWaiting());
        for (UUID network : networks == null ? List.<UUID>of() : networks) {
            Integer batch;
            do {
                batch = transactions.execute(status -> remindBatch(network, before));
                reminded += batch == null ? 0 : batch;
            } while (batch != null && batch == BATCH);
        }
        if (reminded > 0) {
            log.info("Reminded {} referrals waiting more than {} working days", reminded, workingDays);
        }
        return reminded;
    }

    private int remindBatch(UUID network, Instant before) {
        scope.enter(network);
        List<Referral> due = store.claimUnreminded(before, BATCH);
        Instant now = clock.instant();
        for (Referral referral : due) {
            notifications.reminder(referral, workingDays);
            store.reminded(referral.id(), now);
        }
        return due.size();
    }

    int workingDays() {
        return workingDays;
    }

    /** The moment before which a referral entered its status to be overdue today. */
    Instant overdueBefore() {
        LocalDate today = LocalDate.now(clock.withZone(BRUSSELS));
        return WorkingDays.lastDayOverdueBy(today, workingDays)
                .plusDays(1)
                .atStartOfDay(BRUSSELS)
                .toInstant();
    }
}
