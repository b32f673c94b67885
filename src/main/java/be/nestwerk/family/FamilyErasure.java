package be.nestwerk.family;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's right to erasure, and the end of retention: the family is anonymised so that the network's counts stay
 * right (a family, its municipality and postcode, its languages, its children's birth month, the partners it met)
 * while nothing identifies it any more: names, contact route and statistical sector are removed, the children's
 * birth dates become the first day of their month, every consent in force is revoked and the personal link is
 * deleted. It cannot be undone.
 */
@Service
@Transactional
public class FamilyErasure {

    static final String ANONYMOUS = "—";

    private final JdbcClient jdbc;
    private final FamilyRegistry registry;
    private final FamilyAccess access;
    private final FamilyScope scope;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FamilyErasure(
            JdbcClient jdbc,
            FamilyRegistry registry,
            FamilyAccess access,
            FamilyScope scope,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.access = access;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Anonymises a family at its request, by staff of the organisation that registered it (a partner that the
     * family only consented to does not decide on erasure).
     */
    public void erase(UUID networkId, UUID familyId) {
        Family family = registry.file(networkId, familyId, "ERASURE");
        if (!access.organisations(networkId).contains(family.registeredByOrganisation())) {
            throw access.denied(networkId, "Family", familyId, "ERASURE", "not the registering organisation");
        }
        anonymise(networkId, familyId, "Erased at the family's request");
    }

    /** Anonymises a family of the network; the caller has checked why (a request, or the end of retention). */
    @Transactional(propagation = Propagation.MANDATORY)
    void anonymise(UUID networkId, UUID familyId, String why) {
        scope.enter(networkId);
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        int updated = jdbc.sql("update family set name = ?, pseudonym = true, contact_route = null, sector_code = null,"
                        + " updated_at = ?, anonymised_at = ? where id = ? and anonymised_at is null")
                .params(ANONYMOUS, at, at, familyId)
                .update();
        if (updated == 0) {
            throw new AccessDeniedException("Family " + familyId + " is unknown or anonymised already");
        }
        jdbc.sql("update family_member set name = ? where family_id = ?")
                .params(ANONYMOUS, familyId)
                .update();
        jdbc.sql("update child set first_name = null, birth_date = date_trunc('month', birth_date)::date"
                        + " where family_id = ?")
                .param(familyId)
                .update();
        jdbc.sql("update consent set revoked_at = ?, revoked_via = 'PROFESSIONAL' where family_id = ?"
                        + " and revoked_at is null")
                .params(at, familyId)
                .update();
        jdbc.sql("delete from consent_link where family_id = ?").param(familyId).update();
        // the plans keep their dates and steps for the counts, not what was said at the table; no reminder follows
        jdbc.sql("update family_plan set needs_and_wishes = ?, strengths = ?, steps_taken = null,"
                        + " follow_up_reminded_at = coalesce(follow_up_reminded_at, ?) where family_id = ?")
                .params(ANONYMOUS, ANONYMOUS, at, familyId)
                .update();
        jdbc.sql("update family_plan_step set what = ?, who_name = case when who_name is null then null else ? end,"
                        + " reminded_at = coalesce(reminded_at, ?)"
                        + " where plan_id in (select id from family_plan where family_id = ?)")
                .params(ANONYMOUS, ANONYMOUS, at, familyId)
                .update();
        events.publishEvent(new FamilyErased(networkId, familyId));
        audit.personalData(networkId, AuditAction.FAMILY_ERASED, "Family", familyId, "ERASURE", why);
    }
}
