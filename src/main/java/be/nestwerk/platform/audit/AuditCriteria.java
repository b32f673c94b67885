package be.nestwerk.platform.audit;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which events of a network to show; dates are whole days in Belgian time, both ends included. {@code record} is the
 * id of one record (a family's, say): its own events and those whose summary names it (its consents).
 */
record AuditCriteria(
        @Nullable AuditAction action,
        @Nullable String actorContains,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable UUID record) {

    AuditCriteria(
            @Nullable AuditAction action,
            @Nullable String actorContains,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {
        this(action, actorContains, from, to, null);
    }
}
