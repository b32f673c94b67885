package be.nestwerk.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A family plan as the professionals agreed it at the table, to create or to save over the previous version.
 *
 * @param partners the partner organisations present
 */
record PlanDraft(
        LocalDate consultedOn,
        String needsAndWishes,
        String strengths,
        @Nullable String stepsTaken,
        String language,
        @Nullable LocalDate followUpDate,
        Set<UUID> partners,
        List<Step> steps) {

    PlanDraft {
        partners = Set.copyOf(partners);
        steps = List.copyOf(steps);
    }

    /** A step as agreed; with the id of the step it changes, or none for a new one. */
    record Step(
            @Nullable UUID id,
            String what,
            StepOwner owner,
            @Nullable UUID organisationId,
            @Nullable String ownerName,
            LocalDate dueOn) {}
}
