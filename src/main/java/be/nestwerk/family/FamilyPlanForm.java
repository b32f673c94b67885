package be.nestwerk.family;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The family plan form as typed, so that a wrong value comes back as it was typed. A step is written on one of the
 * rows; a row left empty is no step (emptying a step's row removes it from the plan).
 */
public class FamilyPlanForm {

    static final int EMPTY_STEP_ROWS = 3;

    private String createdFor = "";
    private String consultedOn = "";
    private String needsAndWishes = "";
    private String strengths = "";
    private String stepsTaken = "";
    private String language = "";
    private String followUpDate = "";
    private List<String> partners = new ArrayList<>();
    private List<StepRow> steps = new ArrayList<>();
    private int version;

    public FamilyPlanForm() {}

    /** An empty form for a new plan with the family, today, in the family's language when Nestwerk speaks it. */
    static FamilyPlanForm empty(Family family, LocalDate today) {
        FamilyPlanForm form = new FamilyPlanForm();
        form.consultedOn = today.toString();
        form.language = DocumentLanguages.of(family);
        form.addEmptyRows();
        return form;
    }

    static FamilyPlanForm of(FamilyPlan plan) {
        FamilyPlanForm form = new FamilyPlanForm();
        form.createdFor = plan.createdForOrganisation().toString();
        form.consultedOn = plan.consultedOn().toString();
        form.needsAndWishes = plan.needsAndWishes();
        form.strengths = plan.strengths();
        form.stepsTaken = plan.stepsTaken() == null ? "" : plan.stepsTaken();
        form.language = plan.language();
        form.followUpDate =
                plan.followUpDate() == null ? "" : plan.followUpDate().toString();
        form.partners =
                new ArrayList<>(plan.partners().stream().map(UUID::toString).toList());
        for (PlanStep step : plan.steps()) {
            StepRow row = new StepRow();
            row.id = step.id().toString();
            row.what = step.what();
            row.who = step.owner() == StepOwner.ORGANISATION
                    ? String.valueOf(step.organisationId())
                    : step.owner().name();
            row.ownerName = step.ownerName() == null ? "" : step.ownerName();
            row.dueOn = step.dueOn().toString();
            form.steps.add(row);
        }
        form.version = plan.version();
        form.addEmptyRows();
        return form;
    }

    /** Room for a few more steps below those written. */
    void addEmptyRows() {
        steps.removeIf(StepRow::empty);
        for (int i = 0; i < EMPTY_STEP_ROWS; i++) {
            steps.add(new StepRow());
        }
    }

    /** One row of the steps table: who is the family, someone named, or a partner organisation's id. */
    public static class StepRow {
        private String id = "";
        private String what = "";
        private String who = StepOwner.FAMILY.name();
        private String ownerName = "";
        private String dueOn = "";

        boolean empty() {
            return what.isBlank() && ownerName.isBlank() && dueOn.isBlank();
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getWhat() {
            return what;
        }

        public void setWhat(String what) {
            this.what = what;
        }

        public String getWho() {
            return who;
        }

        public void setWho(String who) {
            this.who = who;
        }

        public String getOwnerName() {
            return ownerName;
        }

        public void setOwnerName(String ownerName) {
            this.ownerName = ownerName;
        }

        public String getDueOn() {
            return dueOn;
        }

        public void setDueOn(String dueOn) {
            this.dueOn = dueOn;
        }
    }

    /** The organisation the plan is made for, or a problem. */
    @Nullable
    UUID createdFor(List<FamilyProblem> problems) {
        return id(createdFor, "createdFor", problems);
    }

    /** The plan as agreed, with the problems of what could not be read (dates, choices). */
    PlanDraft read(List<FamilyProblem> problems) {
        LocalDate consulted = date(consultedOn, "consultedOn", problems);
        LocalDate followUp = followUpDate.isBlank() ? null : date(followUpDate, "followUpDate", problems);
        Set<UUID> present = new LinkedHashSet<>();
        for (String partner : partners) {
            UUID id = id(partner, "partners", problems);
            if (id != null) {
                present.add(id);
            }
        }
        List<PlanDraft.Step> read = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepRow row = steps.get(i);
            if (row.empty()) {
                continue;
            }
            String field = "steps[" + i + "].";
            StepOwner owner;
            UUID organisation = null;
            if (row.who.equals(StepOwner.FAMILY.name()) || row.who.equals(StepOwner.PERSON.name())) {
                owner = StepOwner.valueOf(row.who);
            } else {
                owner = StepOwner.ORGANISATION;
                organisation = id(row.who, field + "who", problems);
            }
            LocalDate due = date(row.dueOn, field + "dueOn", problems);
            read.add(new PlanDraft.Step(
                    parseOrNull(row.id), row.what, owner, organisation, row.ownerName, due == null ? consulted : due));
        }
        return new PlanDraft(
                consulted == null ? LocalDate.EPOCH : consulted,
                needsAndWishes,
                strengths,
                stepsTaken,
                language.strip(),
                followUp,
                present,
                read);
    }

    private static @Nullable LocalDate date(String text, String field, List<FamilyProblem> problems) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            problems.add(FamilyProblem.of(field, "family.problem.date"));
            return null;
        }
    }

    private static @Nullable UUID id(String text, String field, List<FamilyProblem> problems) {
        UUID id = parseOrNull(text);
        if (id == null) {
            problems.add(FamilyProblem.of(field, "family.problem.choose"));
        }
        return id;
    }

    private static @Nullable UUID parseOrNull(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    public String getCreatedFor() {
        return createdFor;
    }

    public void setCreatedFor(String createdFor) {
        this.createdFor = createdFor;
    }

    public String getConsultedOn() {
        return consultedOn;
    }

    public void setConsultedOn(String consultedOn) {
        this.consultedOn = consultedOn;
    }

    public String getNeedsAndWishes() {
        return needsAndWishes;
    }

    public void setNeedsAndWishes(String needsAndWishes) {
        this.needsAndWishes = needsAndWishes;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getStepsTaken() {
        return stepsTaken;
    }

    public void setStepsTaken(String stepsTaken) {
        this.stepsTaken = stepsTaken;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getFollowUpDate() {
        return followUpDate;
    }

    public void setFollowUpDate(String followUpDate) {
        this.followUpDate = followUpDate;
    }

    public List<String> getPartners() {
        return partners;
    }

    public void setPartners(List<String> partners) {
        this.partners = partners;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public void setSteps(List<StepRow> steps) {
        this.steps = steps;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
