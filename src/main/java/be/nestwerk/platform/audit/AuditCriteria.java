package be.nestwerk.platform.audit;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Which events of a network to show; dates are whole days in Belgian time, both ends included. {@code record} is the
 * id of one record (a family's, say): its own events and those whose summary names it (its consents). {@code purpose}
 * is the why of a personal-data event (e.g. REFERRAL), in capitals.
 */
record AuditCriteria(
        @Nullable AuditAction action,
        @Nullable String actorContains,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable UUID record,
        @Nullable String purpose) {

    AuditCriteria(
            @Nullable AuditAction action,
            @Nullable String actorContains,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {
        this(action, actorContains, from, to, null, null);
    }

    /** The filter in words for the log of who searched what, e.g. "action=FAMILY_READ, record=…"; "all" when empty. */
    String describe() {
        String described = Stream.of(
                        part("action", action == null ? null : action.name()),
                        part("actor", actorContains),
                        part("from", from),
                        part("to", to),
                        part("record", record),
                        part("purpose", purpose))
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(", "));
        return described.isEmpty() ? "all" : described;
    }

    private static String part(String name, @Nullable Object value) {
        return value == null ? "" : name + "=" + value;
    }
}
