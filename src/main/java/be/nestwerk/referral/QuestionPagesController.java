package be.nestwerk.referral;

import be.nestwerk.family.FamilyListing;
import be.nestwerk.family.FamilyRegistry;
import be.nestwerk.platform.security.CurrentUser;
import be.nestwerk.platform.security.RequiresSecondFactor;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
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
 * The questions pages of a network's staff: the questions of one's organisations, registering one, a question with its
 * answer, reopening and change of owner, and the network's figures for coordinators and partner admins.
 */
@Controller
@RequiresSecondFactor
@RequiresNetworkRole({Role.COORDINATOR, Role.PARTNER_ADMIN, Role.PROFESSIONAL})
class QuestionPagesController {

    static final int PAGE_SIZE = 25;
    static final int FAMILY_CHOICES = 200;

    private final QuestionPageModel pages;
    private final Questions questions;
    private final QuestionStatistics statistics;
    private final QuestionAccess access;
    private final NetworkAccess networkAccess;
    private final FamilyRegistry families;
    private final MessageSource messages;

    QuestionPagesController(
            QuestionPageModel pages,
            Questions questions,
            QuestionStatistics statistics,
            QuestionAccess access,
            NetworkAccess networkAccess,
            FamilyRegistry families,
            MessageSource messages) {
        this.pages = pages;
        this.questions = questions;
        this.statistics = statistics;
        this.access = access;
        this.networkAccess = networkAccess;
        this.families = families;
        this.messages = messages;
    }

    @GetMapping("/n/{slug}/questions")
    String list(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "organisation") String scope,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        NetworkRef network = pages.network(slug);
        if (access.organisations(network.id()).isEmpty() && networkAccess.has(network.id(), Role.COORDINATOR)) {
            // a coordinator without an organisation sees no question, only the network's figures
            return "redirect:/n/" + network.slug() + "/questions/statistics";
        }
        if (page < 0 || page > 10_000) {
            throw new IllegalArgumentException("page " + page);
        }
        QuestionStatus chosen = status.isBlank() ? null : QuestionStatus.valueOf(status);
        boolean mine = scope.equals("mine");
        Questions.Page found = questions.list(network.id(), mine, chosen, page, PAGE_SIZE);
        pages.organisations(model, network);
        model.addAttribute("questions", found);
        model.addAttribute("statuses", QuestionStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("scope", mine ? "mine" : "organisation");
        model.addAttribute("mayReadStatistics", networkAccess.has(network.id(), Role.COORDINATOR, Role.PARTNER_ADMIN));
        model.addAttribute("pages", PageLinks.of(request, page, PAGE_SIZE, found.total()));
        return "referral/questions";
    }

    @GetMapping("/n/{slug}/questions/new")
    String newQuestion(@PathVariable String slug, @RequestParam(required = false) UUID family, Model model) {
        NetworkRef network = pages.network(slug);
        access.requireStaff(network.id(), Questions.TYPE, "register");
        List<OrganisationRef> mine = pages.mine(network.id());
        UUID organisation = mine.size() == 1 ? mine.get(0).id() : null;
        return form(
                model,
                network,
                QuestionForm.blank(family, organisation, CurrentUser.require().id()),
                List.of());
    }

    @PostMapping("/n/{slug}/questions/new")
    String register(
            @PathVariable String slug,
            @ModelAttribute("form") QuestionForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = pages.network(slug);
        access.requireStaff(network.id(), Questions.TYPE, "register");
        QuestionProblems problems = new QuestionProblems();
        NewQuestion question = form.read(problems);
        if (question != null) {
            try {
                UUID id = questions.register(network.id(), question);
                redirect.addFlashAttribute("registered", true);
                return "redirect:/n/" + network.slug() + "/questions/" + id;
            } catch (QuestionProblems.InvalidQuestionException invalid) {
                problems = invalid.problems();
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problems", problems.views(messages, locale));
        return form(model, network, form, problems.fields());
    }

    @GetMapping("/n/{slug}/questions/{questionId}")
    String question(@PathVariable String slug, @PathVariable UUID questionId, Model model) {
        NetworkRef network = pages.network(slug);
        return show(model, network, questions.question(network.id(), questionId));
    }

    @PostMapping("/n/{slug}/questions/{questionId}/answer")
    String answer(
            @PathVariable String slug,
            @PathVariable UUID questionId,
            @RequestParam(defaultValue = "") String answerNote,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = pages.network(slug);
        try {
            questions.answer(network.id(), questionId, answerNote);
            redirect.addFlashAttribute("answered", true);
            return "redirect:/n/" + network.slug() + "/questions/" + questionId;
        } catch (QuestionProblems.InvalidQuestionException invalid) {
            return showAgain(model, network, questionId, invalid.problems(), locale, response);
        }
    }

    @PostMapping("/n/{slug}/questions/{questionId}/reopen")
    String reopen(@PathVariable String slug, @PathVariable UUID questionId, RedirectAttributes redirect) {
        NetworkRef network = pages.network(slug);
        questions.reopen(network.id(), questionId);
        redirect.addFlashAttribute("reopened", true);
        return "redirect:/n/" + network.slug() + "/questions/" + questionId;
    }

    @PostMapping("/n/{slug}/questions/{questionId}/owner")
    String changeOwner(
            @PathVariable String slug,
            @PathVariable UUID questionId,
            @RequestParam(defaultValue = "") String ownerOrganisation,
            @RequestParam(defaultValue = "") String ownerPerson,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = pages.network(slug);
        QuestionProblems problems = new QuestionProblems();
        UUID organisation = QuestionForm.id(ownerOrganisation, "ownerOrganisation", false, problems);
        UUID person = QuestionForm.id(ownerPerson, "ownerPerson", true, problems);
        if (organisation != null && !problems.any()) {
            try {
                questions.changeOwner(network.id(), questionId, organisation, person);
                redirect.addFlashAttribute("ownerChanged", true);
                return "redirect:/n/" + network.slug() + "/questions/" + questionId;
            } catch (QuestionProblems.InvalidQuestionException invalid) {
                problems = invalid.problems();
            }
        }
        return showAgain(model, network, questionId, problems, locale, response);
    }

    @GetMapping("/n/{slug}/questions/statistics")
    @RequiresNetworkRole({Role.COORDINATOR, Role.PARTNER_ADMIN})
    String statistics(@PathVariable String slug, Model model) {
        NetworkRef network = pages.network(slug);
        model.addAttribute("network", network);
        model.addAttribute("figures", statistics.of(network.id()));
        model.addAttribute("ageBounds", QuestionStatistics.AGE_BOUNDS);
        return "referral/statistics";
    }

    private String showAgain(
            Model model,
            NetworkRef network,
            UUID questionId,
            QuestionProblems problems,
            Locale locale,
            HttpServletResponse response) {
        Question question = questions.question(network.id(), questionId);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problems", problems.views(messages, locale));
        model.addAttribute("problemFields", problems.fields());
        return show(model, network, question);
    }

    private String show(Model model, NetworkRef network, Question question) {
        pages.owners(model, network);
        if (!model.containsAttribute("problemFields")) {
            model.addAttribute("problemFields", List.of());
        }
        model.addAttribute("question", question);
        model.addAttribute(
                "people",
                pages.names(Stream.of(question.registeredBy(), question.ownerPerson(), question.closedBy())
                        .filter(java.util.Objects::nonNull)
                        .toList()));
        return "referral/question";
    }

    private String form(Model model, NetworkRef network, QuestionForm form, List<String> problemFields) {
        pages.owners(model, network);
        model.addAttribute("form", form);
        model.addAttribute("problemFields", problemFields);
        model.addAttribute("families", familyChoices(network.id()));
        return "referral/question-form";
    }

    private List<FamilyListing> familyChoices(UUID networkId) {
        return new ArrayList<>(families.families(networkId, 0, FAMILY_CHOICES).families());
    }
}
