package be.nestwerk.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a family plan must be: plausible dates, the family's needs and strengths written down, steps that say who. */
final class FamilyPlanRules {

    static final int MAX_TEXT = 4_000;
    static final int MAX_STEP = 500;
    static final int MAX_NAME = 200;
    static final int MAX_STEPS = 20;
    static final int YEARS_BACK = 5;
    static final int YEARS_AHEAD = 3;

    private FamilyPlanRules() {}

    /**
     * Every problem of the draft at once.
     *
     * @param createdFor the organisation that makes the plan
     * @param organisations the organisations of the network (partners present and step owners must be one)
     */
    static List<FamilyProblem> check(
            PlanDraft draft, Family family, UUID createdFor, Set<UUID> organisations, LocalDate today) {
        List<FamilyProblem> problems = new ArrayList<>();
        if (draft.consultedOn().isAfter(today) || draft.consultedOn().isBefore(today.minusYears(YEARS_BACK))) {
            problems.add(FamilyProblem.of("consultedOn", "family.plan.problem.consultedOn", YEARS_BACK));
        }
        text(draft.needsAndWishes(), "needsAndWishes", "family.plan.problem.needs", problems);
        text(draft.strengths(), "strengths", "family.plan.problem.strengths", problems);
        if (draft.stepsTaken() != null && draft.stepsTaken().length() > MAX_TEXT) {
            problems.add(FamilyProblem.of("stepsTaken", "family.problem.tooLong", MAX_TEXT));
        }
        if (!DocumentLanguages.supports(draft.language())) {
            problems.add(FamilyProblem.of("language", "family.plan.problem.language"));
        }
        LocalDate followUp = draft.followUpDate();
        if (followUp != null
                && (followUp.isBefore(draft.consultedOn()) || followUp.isAfter(today.plusYears(YEARS_AHEAD)))) {
            problems.add(FamilyProblem.of("followUpDate", "family.plan.problem.followUp", YEARS_AHEAD));
        }
        if (!organisations.containsAll(draft.partners())) {
            problems.add(FamilyProblem.of("partners", "family.problem.organisation"));
        }
        if (draft.steps().size() > MAX_STEPS) {
            problems.add(FamilyProblem.of("steps", "family.plan.problem.steps", MAX_STEPS));
        }
        for (int i = 0; i < draft.steps().size(); i++) {
            step(draft, family, createdFor, draft.steps().get(i), "steps[" + i + "].", today, problems);
        }
        return problems;
    }

    private static void step(
            PlanDraft draft,
            Family family,
            UUID createdFor,
            PlanDraft.Step step,
            String field,
            LocalDate today,
            List<FamilyProblem> problems) {
        if (step.what().isBlank()) {
            problems.add(FamilyProblem.of(field + "what", "family.plan.problem.what"));
        } else if (step.what().length() > MAX_STEP) {
            problems.add(FamilyProblem.of(field + "what", "family.problem.tooLong", MAX_STEP));
        }
        if (step.owner() == StepOwner.PERSON
                && (blank(step.ownerName()) || step.ownerName().length() > MAX_NAME)) {
            problems.add(FamilyProblem.of(field + "ownerName", "family.plan.problem.ownerName", MAX_NAME));
        }
        if (step.owner() == StepOwner.ORGANISATION
                && !family.registeredByOrganisation().equals(step.organisationId())
                && !createdFor.equals(step.organisationId())
                && !draft.partners().contains(step.organisationId())) {
            problems.add(FamilyProblem.of(field + "who", "family.plan.problem.owner"));
        }
        if (step.dueOn().isBefore(draft.consultedOn()) || step.dueOn().isAfter(today.plusYears(YEARS_AHEAD))) {
            problems.add(FamilyProblem.of(field + "dueOn", "family.plan.problem.due", YEARS_AHEAD));
        }
    }

    private static void text(String text, String field, String missing, List<FamilyProblem> problems) {
        if (text.isBlank()) {
            problems.add(FamilyProblem.of(field, missing));
        } else if (text.length() > MAX_TEXT) {
            problems.add(FamilyProblem.of(field, "family.problem.tooLong", MAX_TEXT));
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
