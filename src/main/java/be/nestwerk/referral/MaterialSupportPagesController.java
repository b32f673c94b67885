package be.nestwerk.referral;

import be.nestwerk.family.FamilyRegistry;
import be.nestwerk.platform.security.RequiresSecondFactor;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Material support of one's organisations: the list, registering a contact, and a warm referral in one step. */
@Controller
@RequiresSecondFactor
@RequiresNetworkRole({Role.COORDINATOR, Role.PARTNER_ADMIN, Role.PROFESSIONAL})
class MaterialSupportPagesController {

    static final int PAGE_SIZE = 25;

    private final QuestionPageModel pages;
    private final MaterialSupports supports;
    private final QuestionAccess access;
    private final FamilyRegistry families;
    private final MessageSource messages;
    private final Clock clock;

    MaterialSupportPagesController(
            QuestionPageModel pages,
            MaterialSupports supports,
            QuestionAccess access,
            FamilyRegistry families,
            MessageSource messages,
            Clock clock) {
        this.pages = pages;
        this.supports = supports;
        this.access = access;
        this.families = families;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/n/{slug}/support")
    String list(
            @PathVariable String slug,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        NetworkRef network = pages.network(slug);
        if (page < 0 || page > 10_000) {
            throw new IllegalArgumentException("page " + page);
        }
        MaterialSupports.Page found = supports.list(network.id(), page, PAGE_SIZE);
        pages.organisations(model, network);
        model.addAttribute("supports", found);
        model.addAttribute("pages", PageLinks.of(request, page, PAGE_SIZE, found.total()));
        return "referral/supports";
    }

    @GetMapping("/n/{slug}/support/new")
    String newSupport(@PathVariable String slug, @RequestParam(required = false) UUID family, Model model) {
        NetworkRef network = pages.network(slug);
        access.requireStaff(network.id(), MaterialSupports.TYPE, "register");
        List<OrganisationRef> mine = pages.mine(network.id());
        UUID organisation = mine.size() == 1 ? mine.get(0).id() : null;
        return form(model, network, MaterialSupportForm.blank(family, organisation, LocalDate.now(clock)), List.of());
    }

    @PostMapping("/n/{slug}/support/new")
    String register(
            @PathVariable String slug,
            @ModelAttribute("form") MaterialSupportForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = pages.network(slug);
        access.requireStaff(network.id(), MaterialSupports.TYPE, "register");
        QuestionProblems problems = new QuestionProblems();
        NewMaterialSupport support = form.read(problems);
        if (support != null) {
            try {
                supports.register(network.id(), support);
                redirect.addFlashAttribute("registered", true);
                return "redirect:/n/" + network.slug() + "/support";
            } catch (QuestionProblems.InvalidQuestionException invalid) {
                problems = invalid.problems();
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problems", problems.views(messages, locale));
        return form(model, network, form, problems.fields());
    }

    /** One step from material support to the warm referral form, with the family (if any) and the support. */
    @PostMapping("/n/{slug}/support/{supportId}/refer")
    ResponseEntity<Void> refer(@PathVariable String slug, @PathVariable UUID supportId) {
        NetworkRef network = pages.network(slug);
        UUID family = supports.startReferral(network.id(), supportId);
        UriComponentsBuilder target = UriComponentsBuilder.fromPath("/n/{slug}/referrals/new");
        if (family != null) {
            target.queryParam("family", family);
        }
        target.queryParam("support", supportId);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(target.buildAndExpand(network.slug()).toUri())
                .build();
    }

    private String form(Model model, NetworkRef network, MaterialSupportForm form, List<String> problemFields) {
        pages.organisations(model, network);
        model.addAttribute("form", form);
        model.addAttribute("problemFields", problemFields);
        model.addAttribute("kinds", MaterialSupportKind.values());
        model.addAttribute(
                "families",
                families.families(network.id(), 0, QuestionPagesController.FAMILY_CHOICES)
                        .families());
        return "referral/support-form";
    }
}
