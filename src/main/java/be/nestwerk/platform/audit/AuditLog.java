package be.nestwerk.platform.audit;

import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.NestwerkUser;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes to the append-only audit log. A change is written in the transaction that makes it, so that the log
 * never claims a change that was rolled back nor misses one that was committed.
 */
@Service
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A change to data of a network, by the current user, with the state before and after. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void change(
            UUID networkId,
            AuditAction action,
            String entityType,
            Object entityId,
            String summary,
            @Nullable Object before,
            @Nullable Object after) {
        insert(byCurrentUser(networkId, action, entityType, entityId, summary, before, after), null);
    }

    /**
     * A read or write of a family's personal data, by the current user, with why: written in the transaction of the
     * read, so that data that was read is always in the log.
     *
     * @param purpose why the data was read or written (e.g. "FAMILY_FILE", "REFERRAL")
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void personalData(
            UUID networkId, AuditAction action, String entityType, Object entityId, String purpose, String summary) {
        insert(byCurrentUser(networkId, action, entityType, entityId, summary, null, null), purpose);
    }

    /** A refused attempt on personal data; in its own transaction, so that it survives the refusal. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void personalDataDenied(
            @Nullable UUID networkId, String entityType, Object entityId, String purpose, String summary) {
        insert(
                byCurrentUser(networkId, AuditAction.FAMILY_ACCESS_DENIED, entityType, entityId, summary, null, null),
                purpose);
    }

    private static AuditEntry byCurrentUser(
            @Nullable UUID networkId,
            AuditAction action,
            String entityType,
            Object entityId,
            String summary,
            @Nullable Object before,
            @Nullable Object after) {
        Optional<NestwerkUser> user = CurrentUser.get();
        return new AuditEntry(
                networkId,
                user.map(NestwerkUser::id).orElse(null),
                user.map(NestwerkUser::email).orElse(null),
                action,
                entityType,
                String.valueOf(entityId),
                summary,
                before,
                after);
    }

    /** A security event; written in its own transaction so that it survives a failing request. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void security(
            AuditAction action,
            @Nullable UUID actorId,
            @Nullable String actorName,
            @Nullable UUID networkId,
            String summary) {
        insert(new AuditEntry(
                networkId,
                actorId,
                actorName,
                action,
                "Account",
                actorId == null ? null : actorId.toString(),
                summary,
                null,
                null));
    }

    private void insert(AuditEntry entry) {
        insert(entry, null);
    }

    private void insert(AuditEntry entry, @Nullable String purpose) {
        jdbc.update(
                "insert into audit_event (occurred_at, network_id, actor_id, actor_name, action, entity_type, entity_id,"
                        + " summary, before_data, after_data, remote_address, purpose)"
                        + " values (?,?,?,?,?,?,?,?,?::jsonb,?::jsonb,?,?)",
                Timestamp.from(clock.instant()),
                entry.networkId(),
                entry.actorId(),
                entry.actorName(),
                entry.action().name(),
                entry.entityType(),
                entry.entityId(),
                truncate(entry.summary()),
                toJson(entry.before()),
                toJson(entry.after()),
                remoteAddress(),
                purpose);
    }

    private @Nullable String toJson(@Nullable Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String truncate(String summary) {
        return summary.length() > 500 ? summary.substring(0, 500) : summary;
    }

    private static @Nullable String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private record AuditEntry(
            @Nullable UUID networkId,
            @Nullable UUID actorId,
            @Nullable String actorName,
            AuditAction action,
            @Nullable String entityType,
            @Nullable String entityId,
            String summary,
            @Nullable Object before,
            @Nullable Object after) {}
}
