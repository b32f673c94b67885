package be.nestwerk.family;

import be.nestwerk.platform.audit.AuditAction;
import be.nestwerk.platform.audit.AuditLog;
import be.nestwerk.platform.pdf.PdfDocuments;
import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.OrganisationRef;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Family plans: made by staff who may see the family, with every partner present covered by the family's consent to
 * share the plan with it. A plan is read by staff of the organisation that registered the family, and by the
 * organisations that made it or were present as long as the family's consent for {@link ConsentPurpose#FAMILY_PLAN}
 * to them is in force: revoking that consent closes the plan to them at once. Every read and write is audited.
 */
@Service
@Transactional
public class FamilyPlans {

    static final String PURPOSE = "FAMILY_PLAN";
    static final String TYPE = "FamilyPlan";

    private final FamilyPlanStore store;
    private final FamilyRegistry registry;
    private final FamilyAccess access;
    private final Consents consents;
    private final NetworkDirectory networks;
    private final ITemplateEngine templates;
    private final AuditLog audit;
    private final Clock clock;

    FamilyPlans(
            FamilyPlanStore store,
            FamilyRegistry registry,
            FamilyAccess access,
            Consents consents,
            NetworkDirectory networks,
            ITemplateEngine templates,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.registry = registry;
        this.access = access;
        this.consents = consents;
        this.networks = networks;
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    /** A plan with the family it belongs to. */
    public record PlanFile(Family family, FamilyPlan plan) {}

    /**
     * Makes a plan for a family the current person may see.
     *
     * @throws InvalidFamilyException with every problem, among them each partner present without the family's consent
     */
    public UUID create(UUID networkId, UUID familyId, UUID createdFor, PlanDraft draft) {
        NestwerkUser user = access.requireStaffOf(networkId, createdFor);
        Family family = checked(networkId, familyId, createdFor, draft);
        Instant now = clock.instant();
        FamilyPlan plan = written(
                draft,
                new FamilyPlan.Origin(UUID.randomUUID(), familyId, networkId, user.id(), createdFor, now),
                now,
                0,
                Set.of());
        store.insert(plan);
        audit.personalData(
                networkId,
                AuditAction.FAMILY_PLAN_CREATED,
                TYPE,
                plan.id(),
                PURPOSE,
                "Plan with " + plan.partners().size() + " partners and "
                        + plan.steps().size() + " steps (family " + family.id() + ")");
        return plan.id();
    }

    /**
     * Saves the plan over the version the professional edited.
     *
     * @throws InvalidFamilyException with every problem, or when someone else saved the plan meanwhile
     */
    public void update(UUID networkId, UUID familyId, UUID planId, PlanDraft draft, int editedVersion) {
        FamilyPlan before = plan(networkId, familyId, planId, "Opened to save").plan();
        checked(networkId, familyId, before.createdForOrganisation(), draft);
        FamilyPlan after = written(
                draft,
                before.origin(),
                clock.instant(),
                editedVersion,
                before.steps().stream().map(PlanStep::id).collect(Collectors.toSet()));
        if (!store.update(after, editedVersion)) {
            throw new InvalidFamilyException(List.of(FamilyProblem.of("version", "family.plan.problem.stale")));
        }
        audit.personalData(networkId, AuditAction.FAMILY_PLAN_UPDATED, TYPE, planId, PURPOSE, "Saved");
    }

    /**
     * A plan, for someone who may read it; the read is audited.
     *
     * @throws org.springframework.security.access.AccessDeniedException (audited) for anyone else, and for a plan
     *     that does not exist, belongs to another family or lies in another network
     */
    public PlanFile plan(UUID networkId, UUID familyId, UUID planId) {
        return plan(networkId, familyId, planId, "Plan read");
    }

    private PlanFile plan(UUID networkId, UUID familyId, UUID planId, String why) {
        Set<UUID> organisations = access.requireFamilyStaff(networkId, PURPOSE);
        Family family = registry.file(networkId, familyId, PURPOSE);
        FamilyPlan plan = store.find(planId)
                .filter(found -> found.familyId().equals(familyId))
                .orElseThrow(() -> access.denied(networkId, TYPE, planId, PURPOSE, "not a plan of this family"));
        if (!mayRead(family, plan, organisations)) {
            throw access.denied(networkId, TYPE, planId, PURPOSE, "no consent to share the plan");
        }
        audit.personalData(networkId, AuditAction.FAMILY_PLAN_READ, TYPE, planId, PURPOSE, why);
        return new PlanFile(family, plan);
    }

    /** A page of the family's plans the current person may read, newest consultation first; audited. */
    public PlanPage plans(UUID networkId, UUID familyId, int page, int size) {
        Set<UUID> organisations = access.requireFamilyStaff(networkId, PURPOSE);
        Family family = registry.file(networkId, familyId, PURPOSE);
        boolean all = organisations.contains(family.registeredByOrganisation());
        Set<UUID> consented = consented(family, organisations);
        long total = store.countReadable(familyId, all, consented);
        List<PlanSummary> plans = store.readable(familyId, all, consented, size, (long) page * size);
        audit.personalData(
                networkId,
                AuditAction.FAMILY_PLAN_LISTED,
                TYPE,
                "*",
                PURPOSE,
                "Listed " + plans.size() + " plans of family " + familyId);
        return new PlanPage(family, plans, page, size, total);
    }

    /** Marks a step of the plan done (once). */
    public void stepDone(UUID networkId, UUID familyId, UUID planId, UUID stepId) {
        FamilyPlan plan =
                plan(networkId, familyId, planId, "Opened to mark a step done").plan();
        if (plan.steps().stream().noneMatch(step -> step.id().equals(stepId))) {
            throw access.denied(networkId, "FamilyPlanStep", stepId, PURPOSE, "not a step of this plan");
        }
        if (store.markDone(planId, stepId, CurrentUser.require().id(), clock.instant())) {
            audit.personalData(
                    networkId, AuditAction.FAMILY_PLAN_STEP_DONE, TYPE, planId, PURPOSE, "Step " + stepId + " done");
        }
    }

    /** The plan as an A4 PDF for the family, with its labels in the plan's language. */
    public byte[] pdf(UUID networkId, UUID familyId, UUID planId) {
        PlanFile file = plan(networkId, familyId, planId, "PDF for the family");
        Locale locale = Locale.forLanguageTag(file.plan().language());
        Context context = new Context(locale);
        context.setVariable("family", file.family());
        context.setVariable("plan", file.plan());
        context.setVariable("partnerNames", partnerNames(networkId));
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("dir", DocumentLanguages.direction(locale));
        return PdfDocuments.render(templates.process("family/plan-pdf", context));
    }

    /** The names of the network's organisations, by id. */
    Map<UUID, String> partnerNames(UUID networkId) {
        return networks.organisationsOf(networkId).stream()
                .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a));
    }

    /**
     * The family's file, once the draft is right: every partner present (and the organisation making the plan) that
     * did not register the family needs the family's consent to share the plan.
     */
    private Family checked(UUID networkId, UUID familyId, UUID createdFor, PlanDraft draft) {
        Map<UUID, String> names = partnerNames(networkId);
        Family family = registry.file(networkId, familyId, PURPOSE);
        List<FamilyProblem> problems =
                new ArrayList<>(FamilyPlanRules.check(draft, family, createdFor, names.keySet(), LocalDate.now(clock)));
        Set<UUID> participants = new LinkedHashSet<>(List.of(createdFor));
        participants.addAll(draft.partners());
        participants.remove(family.registeredByOrganisation());
        participants.retainAll(names.keySet());
        for (UUID organisation : participants) {
            try {
                consents.require(networkId, familyId, organisation, ConsentPurpose.FAMILY_PLAN);
            } catch (ConsentMissingException missing) {
                audit.personalDataDenied(
                        networkId,
                        TYPE,
                        familyId,
                        PURPOSE,
                        "Refused: no consent to share the plan with " + organisation);
                problems.add(FamilyProblem.of("partners", "family.plan.problem.consent", names.get(organisation)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFamilyException(problems);
        }
        return family;
    }

    private boolean mayRead(Family family, FamilyPlan plan, Set<UUID> organisations) {
        return organisations.contains(family.registeredByOrganisation())
                || plan.participants().stream().anyMatch(consented(family, organisations)::contains);
    }

    /** Those of the organisations that the family's consent in force lets share its plans. */
    private Set<UUID> consented(Family family, Set<UUID> organisations) {
        LocalDate today = LocalDate.now(clock);
        return organisations.stream()
                .filter(organisation -> family.consents().stream()
                        .anyMatch(consent -> consent.permits(organisation, ConsentPurpose.FAMILY_PLAN, today)))
                .collect(Collectors.toSet());
    }

    /**
     * The plan as the draft writes it; a step keeps its id only when it is one of the plan's own steps (ids come from
     * the form), otherwise it is a new step.
     */
    private static FamilyPlan written(
            PlanDraft draft, FamilyPlan.Origin origin, Instant now, int version, Set<UUID> known) {
        return new FamilyPlan(
                origin.id(),
                origin.familyId(),
                origin.networkId(),
                draft.consultedOn(),
                draft.needsAndWishes().strip(),
                draft.strengths().strip(),
                blankToNull(draft.stepsTaken()),
                draft.language(),
                draft.followUpDate(),
                origin.createdBy(),
                origin.createdForOrganisation(),
                origin.createdAt(),
                now,
                version,
                List.copyOf(draft.partners()),
                steps(draft, known));
    }

    private static List<PlanStep> steps(PlanDraft draft, Set<UUID> known) {
        return draft.steps().stream()
                .map(step -> new PlanStep(
                        step.id() != null && known.contains(step.id()) ? step.id() : UUID.randomUUID(),
                        step.what().strip(),
                        step.owner(),
                        step.owner() == StepOwner.ORGANISATION ? step.organisationId() : null,
                        step.owner() == StepOwner.PERSON ? blankToNull(step.ownerName()) : null,
                        step.dueOn(),
                        null))
                .toList();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
