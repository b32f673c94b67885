package be.nestwerk.family;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a family's plans. */
public record PlanSummary(
        UUID id,
        LocalDate consultedOn,
        UUID createdForOrganisation,
        @Nullable LocalDate followUpDate,
        int steps,
        int openSteps) {}
