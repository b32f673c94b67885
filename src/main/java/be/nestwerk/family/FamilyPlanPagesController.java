package be.nestwerk.family;

import be.nestwerk.platform.security.RequiresSecondFactor;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.NotFoundException;
import be.nestwerk.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A family's plans: the list, making and correcting a plan, marking steps done, and the plan for the family. */
@Controller
@RequiresSecondFactor
@RequiresNetworkRole({Role.COORDINATOR, Role.PARTNER_ADMIN, Role.PROFESSIONAL})
class FamilyPlanPagesController {

    static final int PAGE_SIZE = 20;

    private final NetworkDirectory networks;
    private final FamilyPlans plans;
    private final FamilyRegistry registry;
    private final FamilyFilePage filePage;
    private final MessageSource messages;
    private final Clock clock;

    FamilyPlanPagesController(
            NetworkDirectory networks,
            FamilyPlans plans,
            FamilyRegistry registry,
            FamilyFilePage filePage,
            MessageSource messages,
            Clock clock) {
        this.networks = networks;
        this.plans = plans;
        this.registry = registry;
        this.filePage = filePage;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/n/{slug}/families/{familyId}/plans")
    String list(
            @PathVariable String slug,
            @PathVariable UUID familyId,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        NetworkRef network = network(slug);
        if (page < 0 || page > 10_000) {
            throw new IllegalArgumentException("page " + page);
        }
        PlanPage found = plans.plans(network.id(), familyId, page, PAGE_SIZE);
        model.addAttribute("network", network);
        model.addAttribute("family", found.family());
        model.addAttribute("plans", found);
        model.addAttribute("partnerNames", plans.partnerNames(network.id()));
        model.addAttribute("pages", PageLinks.of(request, page, PAGE_SIZE, found.total()));
        return "family/plans";
    }

    @GetMapping("/n/{slug}/families/{familyId}/plans/new")
    String newPlan(@PathVariable String slug, @PathVariable UUID familyId, Model model) {
        NetworkRef network = network(slug);
        Family family = registry.file(network.id(), familyId, FamilyPlans.PURPOSE);
        FamilyPlanForm form = FamilyPlanForm.empty(family, LocalDate.now(clock));
        List<OrganisationRef> mine = filePage.mine(network.id());
        if (mine.stream().anyMatch(mineToo -> mineToo.id().equals(family.registeredByOrganisation()))) {
            form.setCreatedFor(family.registeredByOrganisation().toString());
        } else if (!mine.isEmpty()) {
            form.setCreatedFor(mine.get(0).id().toString());
        }
        return form(model, network, family, null, form, List.of());
    }

    @PostMapping("/n/{slug}/families/{familyId}/plans/new")
    String create(
            @PathVariable String slug,
            @PathVariable UUID familyId,
            @ModelAttribute("form") FamilyPlanForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        List<FamilyProblem> problems = new ArrayList<>();
        UUID createdFor = form.createdFor(problems);
        PlanDraft draft = form.read(problems);
        if (problems.isEmpty() && createdFor != null) {
            try {
                UUID id = plans.create(network.id(), familyId, createdFor, draft);
                redirect.addFlashAttribute("planSaved", true);
                return "redirect:/n/" + network.slug() + "/families/" + familyId + "/plans/" + id;
            } catch (InvalidFamilyException invalid) {
                problems.addAll(invalid.problems());
            }
        }
        Family family = registry.file(network.id(), familyId, FamilyPlans.PURPOSE);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        form.addEmptyRows();
        return form(model, network, family, null, form, FamilyProblemView.of(problems, messages, locale));
    }

    @GetMapping("/n/{slug}/families/{familyId}/plans/{planId}")
    String show(@PathVariable String slug, @PathVariable UUID familyId, @PathVariable UUID planId, Model model) {
        NetworkRef network = network(slug);
        FamilyPlans.PlanFile file = plans.plan(network.id(), familyId, planId);
        model.addAttribute("network", network);
        model.addAttribute("family", file.family());
        model.addAttribute("plan", file.plan());
        model.addAttribute("partnerNames", plans.partnerNames(network.id()));
        return "family/plan";
    }

    @GetMapping("/n/{slug}/families/{familyId}/plans/{planId}/edit")
    String edit(@PathVariable String slug, @PathVariable UUID familyId, @PathVariable UUID planId, Model model) {
        NetworkRef network = network(slug);
        FamilyPlans.PlanFile file = plans.plan(network.id(), familyId, planId);
        return form(model, network, file.family(), file.plan(), FamilyPlanForm.of(file.plan()), List.of());
    }

    @PostMapping("/n/{slug}/families/{familyId}/plans/{planId}/edit")
    String update(
            @PathVariable String slug,
            @PathVariable UUID familyId,
            @PathVariable UUID planId,
            @ModelAttribute("form") FamilyPlanForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        List<FamilyProblem> problems = new ArrayList<>();
        PlanDraft draft = form.read(problems);
        if (problems.isEmpty()) {
            try {
                plans.update(network.id(), familyId, planId, draft, form.getVersion());
                redirect.addFlashAttribute("planSaved", true);
                return "redirect:/n/" + network.slug() + "/families/" + familyId + "/plans/" + planId;
            } catch (InvalidFamilyException invalid) {
                problems.addAll(invalid.problems());
            }
        }
        FamilyPlans.PlanFile file = plans.plan(network.id(), familyId, planId);
        boolean stale = problems.stream().anyMatch(problem -> problem.field().equals("version"));
        response.setStatus(stale ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        form.setCreatedFor(file.plan().createdForOrganisation().toString());
        if (stale) {
            form.setVersion(file.plan().version());
        }
        form.addEmptyRows();
        return form(model, network, file.family(), file.plan(), form, FamilyProblemView.of(problems, messages, locale));
    }

    @PostMapping("/n/{slug}/families/{familyId}/plans/{planId}/steps/{stepId}/done")
    String stepDone(
            @PathVariable String slug,
            @PathVariable UUID familyId,
            @PathVariable UUID planId,
            @PathVariable UUID stepId,
            RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        plans.stepDone(network.id(), familyId, planId, stepId);
        redirect.addFlashAttribute("stepDone", true);
        return "redirect:/n/" + network.slug() + "/families/" + familyId + "/plans/" + planId + "#steps";
    }

    @GetMapping("/n/{slug}/families/{familyId}/plans/{planId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, @PathVariable UUID familyId, @PathVariable UUID planId) {
        byte[] pdf = plans.pdf(network(slug).id(), familyId, planId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("gezinsplan.pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    private String form(
            Model model,
            NetworkRef network,
            Family family,
            @Nullable FamilyPlan plan,
            FamilyPlanForm form,
            List<FamilyProblemView> problems) {
        model.addAttribute("network", network);
        model.addAttribute("family", family);
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute(
                "errors",
                problems.stream()
                        .collect(Collectors.toMap(
                                FamilyProblemView::inputId, FamilyProblemView::text, (a, b) -> a + " " + b)));
        model.addAttribute("partners", networks.organisationsOf(network.id()));
        model.addAttribute("myOrganisations", filePage.mine(network.id()));
        model.addAttribute("partnerNames", plans.partnerNames(network.id()));
        model.addAttribute("languages", DocumentLanguages.ALL);
        return "family/plan-form";
    }

    private NetworkRef network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
