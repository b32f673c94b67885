package be.nestwerk.referral;

import be.nestwerk.family.FamilyErased;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a family is anonymised, what its referrals, questions and material support say about it goes too: the
 * partners, statuses, themes, kinds and dates stay for the network's counts. A plain (synchronous) listener, not an
 * asynchronous module listener, because the erasure must be whole in one transaction: a family whose name is gone
 * while its referral still tells its story is not erased. Its waiting referrals are no longer reminded.
 */
@Component
class ReferralErasure {

    static final String ANONYMOUS = "—";

    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralErasure(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(FamilyErased erased) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("update referral set reason = ?, family_wishes = ?, language = null, contact_route = null,"
                        + " contact_times = null, warm_note = null, reminded_at = coalesce(reminded_at, ?)"
                        + " where family_id = ?")
                .params(ANONYMOUS, ANONYMOUS, now, erased.familyId())
                .update();
        jdbc.sql("update referral_step set note = null"
                        + " where referral_id in (select id from referral where family_id = ?)")
                .param(erased.familyId())
                .update();
        jdbc.sql("update question set text = ?, answer_note = null where family_id = ?")
                .params(ANONYMOUS, erased.familyId())
                .update();
        jdbc.sql("update material_support set note = null where family_id = ?")
                .param(erased.familyId())
                .update();
    }
}
