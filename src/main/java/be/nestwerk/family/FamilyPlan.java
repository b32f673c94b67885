package be.nestwerk.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A consultation with the family at the table (strength-based): their needs and wishes, their strengths, the steps
 * already taken, the partners present and the next steps agreed; in the language the family reads it in.
 */
public record FamilyPlan(
        UUID id,
        UUID familyId,
        UUID networkId,
        LocalDate consultedOn,
        String needsAndWishes,
        String strengths,
        @Nullable String stepsTaken,
        String language,
        @Nullable LocalDate followUpDate,
        UUID createdBy,
        UUID createdForOrganisation,
        Instant createdAt,
        Instant updatedAt,
        int version,
        List<UUID> partners,
        List<PlanStep> steps) {

    public FamilyPlan {
        partners = List.copyOf(partners);
        steps = List.copyOf(steps);
    }

    /** Where a plan comes from: what no edit changes. */
    record Origin(
            UUID id, UUID familyId, UUID networkId, UUID createdBy, UUID createdForOrganisation, Instant createdAt) {}

    Origin origin() {
        return new Origin(id, familyId, networkId, createdBy, createdForOrganisation, createdAt);
    }

    /** The organisations that take part: the one that made the plan and the partners present. */
    Set<UUID> participants() {
        Set<UUID> participants = new LinkedHashSet<>();
        participants.add(createdForOrganisation);
        participants.addAll(partners);
        return participants;
    }

    public long openSteps() {
        return steps.stream().filter(step -> !step.done()).count();
    }
}
