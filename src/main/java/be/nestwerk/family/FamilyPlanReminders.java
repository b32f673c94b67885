package be.nestwerk.family;

import be.nestwerk.platform.mail.Mailer;
import be.nestwerk.platform.web.SiteAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follow-up reminders: once a plan's follow-up date or an open step's due date has come, the person who made the plan
 * gets one mail with a link to it — no name, nothing about the family. Network by network under row-level security,
 * in batches that several instances may run at once (rows claimed with {@code for update skip locked}); the reminder
 * is marked sent in the transaction that queues the mail, so it goes out once.
 */
@Component
class FamilyPlanReminders {

    private static final Logger log = LoggerFactory.getLogger(FamilyPlanReminders.class);
    static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final FamilyScope scope;
    private final Mailer mailer;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SiteAddress site;

    FamilyPlanReminders(
            JdbcClient jdbc,
            FamilyScope scope,
            Mailer mailer,
            MessageSource messages,
            PlatformTransactionManager transactions,
            Clock clock,
            SiteAddress site) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.mailer = mailer;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.site = site;
    }

    /** A reminder due: for the plan's follow-up (no step) or for one of its steps. */
    private record Due(
            UUID planId,
            UUID familyId,
            UUID createdBy,
            @Nullable UUID stepId) {}

    @Scheduled(
            fixedDelayString = "${nestwerk.family.plan-reminders.interval:1h}",
            initialDelayString = "${nestwerk.family.plan-reminders.initial-delay:5m}")
    void hourly() {
        int sent = sendDue();
        if (sent > 0) {
            log.info("Family plans: {} follow-up reminders queued", sent);
        }
    }

    /** Queues every reminder that is due and not sent yet; returns how many. */
    int sendDue() {
        LocalDate today = LocalDate.now(clock);
        List<UUID> networks = jdbc.sql("select distinct p.network_id from family_plan p where"
                        + " (p.follow_up_date <= :today and p.follow_up_reminded_at is null) or exists (select 1"
                        + " from family_plan_step s where s.plan_id = p.id and s.done_at is null"
                        + " and s.reminded_at is null and s.due_on <= :today)")
                .param("today", today)
                .query(UUID.class)
                .list();
        int sent = 0;
        for (UUID network : networks) {
            Integer batch;
            do {
                batch = transactions.execute(status -> remind(network, today));
                sent += batch == null ? 0 : batch;
            } while (batch != null && batch >= BATCH);
        }
        return sent;
    }

    private int remind(UUID network, LocalDate today) {
        scope.enter(network);
        String slug = jdbc.sql("select slug from network where id = ?")
                .param(network)
                .query(String.class)
                .single();
        Timestamp now = Timestamp.from(clock.instant());
        List<Due> followUps = jdbc.sql("select p.id, p.family_id, p.created_by from family_plan p join family f on"
                        + " f.id = p.family_id where f.anonymised_at is null and p.follow_up_date <= ?"
                        + " and p.follow_up_reminded_at is null order by p.follow_up_date limit ?"
                        + " for update of p skip locked")
                .params(today, BATCH)
                .query((rs, row) -> new Due(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), null))
                .list();
        for (Due due : followUps) {
            mail(slug, due);
            jdbc.sql("update family_plan set follow_up_reminded_at = ? where id = ?")
                    .params(now, due.planId())
                    .update();
        }
        List<Due> steps = jdbc.sql("select p.id, p.family_id, p.created_by, s.id from family_plan_step s join"
                        + " family_plan p on p.id = s.plan_id join family f on f.id = p.family_id"
                        + " where f.anonymised_at is null and s.due_on <= ? and s.done_at is null"
                        + " and s.reminded_at is null order by s.due_on limit ? for update of s skip locked")
                .params(today, BATCH)
                .query((rs, row) -> new Due(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class)))
                .list();
        for (Due due : steps) {
            mail(slug, due);
            jdbc.sql("update family_plan_step set reminded_at = ? where id = ?")
                    .params(now, due.stepId())
                    .update();
        }
        return followUps.size() + steps.size();
    }

    /** One mail to the plan's maker, in their language: a link, nothing about the family. */
    private void mail(String slug, Due due) {
        record Recipient(String email, @Nullable String locale) {}
        Recipient recipient = jdbc.sql("select email, preferred_locale from user_account where id = ? and enabled")
                .param(due.createdBy())
                .query((rs, row) -> new Recipient(rs.getString(1), rs.getString(2)))
                .optional()
                .orElse(null);
        if (recipient == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(recipient.locale() == null ? "nl" : recipient.locale());
        String link = site.absolute("/n/" + slug + "/families/" + due.familyId() + "/plans/" + due.planId());
        String kind = due.stepId() == null ? "followUp" : "step";
        mailer.send(
                recipient.email(),
                messages.getMessage("family.plan.reminder." + kind + ".subject", null, locale),
                messages.getMessage("family.plan.reminder." + kind + ".body", new Object[] {link}, locale));
    }
}
