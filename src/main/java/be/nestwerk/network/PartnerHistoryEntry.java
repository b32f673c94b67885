package be.nestwerk.network;

import be.nestwerk.platform.audit.AuditAction;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One change to a partner, as its history shows it: who, when, what, and each field from what to what. */
record PartnerHistoryEntry(ZonedDateTime when, @Nullable String who, AuditAction action, List<FieldChange> changes) {

    /** A changed field; the label is a message key, the values are already in the reader's language. */
    record FieldChange(
            String fieldKey,
            @Nullable String before,
            @Nullable String after) {}
}
