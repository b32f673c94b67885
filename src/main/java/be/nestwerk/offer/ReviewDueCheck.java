package be.nestwerk.offer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, reminds the owners and the coordinators of every published offer that nobody has reviewed for twelve
 * months, once: the reminder is remembered on the offer until someone confirms or publishes it again. Offers are
 * claimed with {@code for update skip locked} and marked in the same transaction as their mails, so that several
 * application instances can run the check at once without reminding twice.
 */
@Component
class ReviewDueCheck {

    static final Period REVIEW_PERIOD = Period.ofMonths(12);

    /** A published offer due for its review, as the reminder needs it. */
    record DueOffer(UUID offerId, UUID networkId, UUID organisationId, String name, LocalDate lastReviewedOn) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ReviewReminders reminders;
    private final Clock clock;
    private final int batchSize;

    ReviewDueCheck(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ReviewReminders reminders,
            Clock clock,
            @Value("${nestwerk.offer.review-check.batch-size:50}") int batchSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.reminders = reminders;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** An offer last reviewed on or before this day has gone twelve months without review. */
    static LocalDate reviewedOnOrBeforeIsDue(LocalDate today) {
        return today.minus(REVIEW_PERIOD);
    }

    @Scheduled(
            fixedDelayString = "${nestwerk.offer.review-check.interval:24h}",
            initialDelayString = "${nestwerk.offer.review-check.initial-delay:10m}")
    void checkDaily() {
        remindDue();
    }

    /** Reminds about every due offer not reminded yet; returns how many offers this instance handled. */
    int remindDue() {
        int handled = 0;
        Integer batch;
        do {
            batch = transactions.execute(status -> remindBatch());
            handled += batch == null ? 0 : batch;
        } while (batch != null && batch == batchSize);
        return handled;
    }

    private int remindBatch() {
        LocalDate today = LocalDate.now(clock.withZone(SessionOccurrences.BELGIUM));
        List<DueOffer> due = jdbc.sql("select o.id, o.network_id, o.organisation_id, p.name, o.last_reviewed_on"
                        + " from offer o join published_offer p on p.offer_id = o.id"
                        + " where o.published_version_id is not null and o.review_reminder_sent_on is null"
                        + " and o.last_reviewed_on <= :dueOn"
                        + " order by o.last_reviewed_on, o.id limit :limit for update of o skip locked")
                .param("dueOn", reviewedOnOrBeforeIsDue(today))
                .param("limit", batchSize)
                .query((rs, row) -> new DueOffer(
                        rs.getObject("id", UUID.class),
                        rs.getObject("network_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("last_reviewed_on", LocalDate.class)))
                .list();
        for (DueOffer offer : due) {
            reminders.remind(offer);
            jdbc.sql("update offer set review_reminder_sent_on = :today where id = :id")
                    .param("today", today)
                    .param("id", offer.offerId())
                    .update();
        }
        return due.size();
    }
}
