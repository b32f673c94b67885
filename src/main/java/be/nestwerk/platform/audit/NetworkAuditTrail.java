package be.nestwerk.platform.audit;

import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.Role;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A network's audit events for its coordinators and its data-protection officer, newest first. Only events recorded
 * for the network: a member's own security events without a network (sign-ins, tokens) stay out of their
 * coordinator's sight. The log tells who read which family, so every search is itself logged, with its filter.
 */
@Service
class NetworkAuditTrail {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    record Event(
            long id,
            ZonedDateTime occurredAt,
            @Nullable String actor,
            String action,
            @Nullable String entityType,
            @Nullable String entityId,
            @Nullable String summary,
            @Nullable String purpose,
            @Nullable String before,
            @Nullable String after) {

        public boolean hasChanges() {
            return before != null || after != null;
        }
    }

    static final Role[] READERS = {Role.COORDINATOR, Role.DATA_PROTECTION_OFFICER};

    private final JdbcClient jdbc;
    private final NetworkAccess access;
    private final AuditLog auditLog;

    NetworkAuditTrail(JdbcClient jdbc, NetworkAccess access, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    Page<Event> events(UUID networkId, AuditCriteria criteria, PageRequest page) {
        NestwerkUser reader = access.require(networkId, READERS);
        auditLog.security(
                AuditAction.AUDIT_SEARCHED,
                reader.id(),
                reader.email(),
                networkId,
                "Searched the audit log: " + criteria.describe() + ", page " + (page.getPageNumber() + 1));
        StringBuilder where = new StringBuilder(" from audit_event where network_id = :network");
        Map<String, Object> params = new HashMap<>();
        params.put("network", networkId);
        if (criteria.action() != null) {
            where.append(" and action = :action");
            params.put("action", criteria.action().name());
        }
        if (criteria.actorContains() != null) {
            where.append(" and actor_name ilike :actor escape '\\'");
            params.put("actor", "%" + escapeLike(criteria.actorContains()) + "%");
        }
        if (criteria.record() != null) {
            where.append(" and (entity_id = :record or summary like :mentions)");
            params.put("record", criteria.record().toString());
            params.put("mentions", "%" + criteria.record() + "%");
        }
        if (criteria.purpose() != null) {
            where.append(" and purpose = :purpose");
            params.put("purpose", criteria.purpose());
        }
        if (criteria.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", startOf(criteria.from()));
        }
        if (criteria.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", startOf(criteria.to().plusDays(1)));
        }
        long total = jdbc.sql("select count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Event> events = jdbc.sql(
                        "select id, occurred_at, actor_name, action, entity_type, entity_id, summary, purpose,"
                                + " jsonb_pretty(before_data) as before_data, jsonb_pretty(after_data) as after_data"
                                + where
                                + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, row) -> new Event(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant().atZone(BRUSSELS),
                        rs.getString("actor_name"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getString("summary"),
                        rs.getString("purpose"),
                        rs.getString("before_data"),
                        rs.getString("after_data")))
                .list();
        return new PageImpl<>(events, page, total);
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(BRUSSELS).toInstant());
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
