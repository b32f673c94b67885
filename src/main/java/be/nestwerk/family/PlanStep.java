package be.nestwerk.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A next step of a family plan: what, who does it (a partner, the family, or someone named), by when; and if done. */
public record PlanStep(
        UUID id,
        String what,
        StepOwner owner,
        @Nullable UUID organisationId,
        @Nullable String ownerName,
        LocalDate dueOn,
        @Nullable Instant doneAt) {

    public boolean done() {
        return doneAt != null;
    }
}
