package be.nestwerk.platform.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which events of a network to show; dates are whole days in Belgian time, both ends included. */
record AuditCriteria(
        @Nullable AuditAction action,
        @Nullable String actorContains,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {}
