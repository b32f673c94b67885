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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The families pages of a network's staff: the families one may see, registering one (possible duplicates are shown
 * first), and a family's file with its consents.
 */
@Controller
@RequiresSecondFactor
@RequiresNetworkRole({Role.COORDINATOR, Role.PARTNER_ADMIN, Role.PROFESSIONAL})
class FamilyPagesController {

    static final int PAGE_SIZE = 25;

    private final NetworkDirectory networks;
    private final FamilyRegistry registry;
    private final FamilyAccess access;
    private final MessageSource messages;
    private final UpcomingTransitions upcoming;
    private final FamilyErasure erasure;
    private final FamilyFilePage filePage;

    FamilyPagesController(
            NetworkDirectory networks,
            FamilyRegistry registry,
            FamilyAccess access,
            MessageSource messages,
            UpcomingTransitions upcoming,
            FamilyErasure erasure,
            FamilyFilePage filePage) {
        this.networks = networks;
        this.registry = registry;
        this.access = access;
        this.messages = messages;
        this.upcoming = upcoming;
        this.erasure = erasure;
        this.filePage = filePage;
    }

    @GetMapping("/n/{slug}/families")
    String list(
            @PathVariable String slug,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        NetworkRef network = network(slug);
        if (page < 0 || page > 10_000) {
            throw new IllegalArgumentException("page " + page);
        }
        FamilyPage families = registry.families(network.id(), page, PAGE_SIZE);
        model.addAttribute("network", network);
        model.addAttribute("families", families);
        model.addAttribute("pages", PageLinks.of(request, page, PAGE_SIZE, families.total()));
        return "family/list";
    }

    @GetMapping("/n/{slug}/families/transitions")
    String transitions(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        NetworkRef network = network(slug);
        if (page < 0 || page > 10_000) {
            throw new IllegalArgumentException("page " + page);
        }
        Transition.Code chosen = kind.isBlank() ? null : Transition.Code.valueOf(kind);
        UpcomingTransitions.Page transitions = upcoming.of(network.id(), chosen, page, PAGE_SIZE);
        model.addAttribute("network", network);
        model.addAttribute("entries", transitions.entries());
        model.addAttribute("total", transitions.total());
        model.addAttribute("kinds", Transition.Code.values());
        model.addAttribute("kind", kind);
        model.addAttribute("pages", PageLinks.of(request, page, PAGE_SIZE, transitions.total()));
        return "family/transitions";
    }

    @GetMapping("/n/{slug}/families/new")
    String newFamily(@PathVariable String slug, Model model) {
        NetworkRef network = network(slug);
        access.requireFamilyStaff(network.id(), "register");
        FamilyForm form = new FamilyForm();
        List<OrganisationRef> organisations = filePage.mine(network.id());
        if (organisations.size() == 1) {
            form.setOrganisation(organisations.get(0).id().toString());
        }
        return form(model, network, form, List.of(), null);
    }

    @PostMapping("/n/{slug}/families/new")
    String register(
            @PathVariable String slug,
            @ModelAttribute("form") FamilyForm form,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        access.requireFamilyStaff(network.id(), "register");
        List<FamilyProblem> problems = new ArrayList<>();
        UUID organisation = form.organisationId(problems);
        NewFamily family = form.read(problems);
        if (problems.isEmpty()) {
            try {
                if (!confirmed) {
                    FamilyRegistry.Duplicates duplicates = registry.possibleDuplicates(network.id(), family);
                    if (duplicates.any()) {
                        return form(model, network, form, List.of(), duplicates);
                    }
                }
                UUID id = registry.register(network.id(), organisation, family);
                redirect.addFlashAttribute("registered", true);
                return "redirect:/n/" + network.slug() + "/families/" + id;
            } catch (InvalidFamilyException invalid) {
                problems.addAll(invalid.problems());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problems", FamilyProblemView.of(problems, messages, locale));
        return form(model, network, form, problems, null);
    }

    @GetMapping("/n/{slug}/families/{familyId}")
    String file(@PathVariable String slug, @PathVariable UUID familyId, Model model) {
        NetworkRef network = network(slug);
        Family family = registry.file(network.id(), familyId, FamilyRegistry.FILE);
        return filePage.show(model, network, family);
    }

    @GetMapping("/n/{slug}/families/{familyId}/edit")
    String edit(@PathVariable String slug, @PathVariable UUID familyId, Model model) {
        NetworkRef network = network(slug);
        Family family = registry.file(network.id(), familyId, "RECTIFICATION");
        return editForm(model, network, family, FamilyForm.of(family), List.of());
    }

    @PostMapping("/n/{slug}/families/{familyId}/edit")
    String rectify(
            @PathVariable String slug,
            @PathVariable UUID familyId,
            @ModelAttribute("form") FamilyForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        List<FamilyProblem> problems = new ArrayList<>();
        FamilyCorrection correction = form.correction(problems);
        if (problems.isEmpty()) {
            try {
                registry.rectify(network.id(), familyId, correction);
                redirect.addFlashAttribute("rectified", true);
                return "redirect:/n/" + network.slug() + "/families/" + familyId;
            } catch (InvalidFamilyException invalid) {
                problems.addAll(invalid.problems());
            }
        }
        Family family = registry.file(network.id(), familyId, "RECTIFICATION");
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return editForm(model, network, family, form, FamilyProblemView.of(problems, messages, locale));
    }

    private String editForm(
            Model model, NetworkRef network, Family family, FamilyForm form, List<FamilyProblemView> problems) {
        model.addAttribute("network", network);
        model.addAttribute("family", family);
        model.addAttribute("form", form);
        model.addAttribute("legalBases", LegalBasis.values());
        model.addAttribute("problems", problems);
        return "family/edit";
    }

    @PostMapping("/n/{slug}/families/{familyId}/children")
    String addChild(
            @PathVariable String slug,
            @PathVariable UUID familyId,
            @RequestParam(defaultValue = "") String firstName,
            @RequestParam(defaultValue = "") String birthDate,
            @RequestParam(defaultValue = "false") boolean expected,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        List<FamilyProblem> problems = new ArrayList<>();
        try {
            registry.addChild(
                    network.id(),
                    familyId,
                    new NewFamily.NewChild(firstName, java.time.LocalDate.parse(birthDate.strip()), expected));
            redirect.addFlashAttribute("childAdded", true);
            return "redirect:/n/" + network.slug() + "/families/" + familyId;
        } catch (java.time.format.DateTimeParseException unreadable) {
            problems.add(FamilyProblem.of("children[0].birthDate", "family.problem.date"));
        } catch (InvalidFamilyException invalid) {
            problems.addAll(invalid.problems());
        }
        Family family = registry.file(network.id(), familyId, FamilyRegistry.FILE);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problems", FamilyProblemView.of(problems, messages, locale));
        return filePage.show(model, network, family);
    }

    @PostMapping("/n/{slug}/families/{familyId}/erase")
    String erase(
            @PathVariable String slug,
            @PathVariable UUID familyId,
            @RequestParam(defaultValue = "false") boolean confirm,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        if (!confirm) {
            Family family = registry.file(network.id(), familyId, FamilyRegistry.FILE);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "problems",
                    FamilyProblemView.of(
                            List.of(FamilyProblem.of("confirm", "family.erase.confirmFirst")), messages, locale));
            return filePage.show(model, network, family);
        }
        erasure.erase(network.id(), familyId);
        redirect.addFlashAttribute("erased", true);
        return "redirect:/n/" + network.slug() + "/families";
    }

    private String form(
            Model model,
            NetworkRef network,
            FamilyForm form,
            List<FamilyProblem> problems,
            FamilyRegistry.@Nullable Duplicates duplicates) {
        model.addAttribute("network", network);
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        model.addAttribute("form", form);
        model.addAttribute("organisations", filePage.mine(network.id()));
        model.addAttribute("legalBases", LegalBasis.values());
        model.addAttribute("relations", MemberRelation.values());
        model.addAttribute(
                "problemFields", problems.stream().map(FamilyProblem::field).toList());
        model.addAttribute("duplicates", duplicates);
        return "family/form";
    }

    private NetworkRef network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
