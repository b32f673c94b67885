package be.nestwerk.family;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic retention: a family without contact for {@code nestwerk.family.retention} (two years by default) is
 * anonymised ({@link FamilyErasure}), network by network under row-level security, in batches that several instances
 * may run at once (rows claimed with {@code for update skip locked}).
 */
@Component
class FamilyRetention {

    private static final Logger log = LoggerFactory.getLogger(FamilyRetention.class);
    static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final FamilyErasure erasure;
    private final FamilyScope scope;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Period retention;

    FamilyRetention(
            JdbcClient jdbc,
            FamilyErasure erasure,
            FamilyScope scope,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${nestwerk.family.retention:P2Y}") Period retention) {
        this.jdbc = jdbc;
        this.erasure = erasure;
        this.scope = scope;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(
            fixedDelayString = "${nestwerk.family.retention-check.interval:24h}",
            initialDelayString = "${nestwerk.family.retention-check.initial-delay:15m}")
    void daily() {
        int done = anonymiseExpired();
        if (done > 0) {
            log.info("Retention: {} families without contact since {} anonymised", done, retention);
        }
    }

    /** Anonymises every family whose last contact is older than the retention period; returns how many. */
    int anonymiseExpired() {
        Timestamp before = Timestamp.from(
                clock.instant().atZone(clock.getZone()).minus(retention).toInstant());
        List<UUID> networks = jdbc.sql("select distinct network_id from family where anonymised_at is null"
                        + " and last_contact_at < ?")
                .param(before)
                .query(UUID.class)
                .list();
        int done = 0;
        for (UUID network : networks) {
            Integer batch;
            do {
                batch = transactions.execute(status -> {
                    scope.enter(network);
                    List<UUID> expired = jdbc.sql(
                                    "select id from family where anonymised_at is null"
                                            + " and last_contact_at < ? order by last_contact_at limit ? for update skip locked")
                            .params(before, BATCH)
                            .query(UUID.class)
                            .list();
                    expired.forEach(family -> erasure.anonymise(network, family, "Retention period " + retention));
                    return expired.size();
                });
                done += batch == null ? 0 : batch;
            } while (batch != null && batch == BATCH);
        }
        return done;
    }
}
