package be.nestwerk.referral;

import be.nestwerk.family.ConsentMissingException;
import be.nestwerk.family.FamilyProblem;
import be.nestwerk.family.FamilyProblemView;
import be.nestwerk.family.UpcomingTransitions;
import be.nestwerk.offer.OfferChoice;
import be.nestwerk.offer.PublishedOffers;
import be.nestwerk.platform.security.AccountView;
import be.nestwerk.platform.security.Accounts;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referral pages: the referrals received and sent, the form that sends one, a referral with its way so far and
 * the steps the reader may take, and the coordinator's list of those that wait too long.
 */
@Controller
@RequiresSecondFactor
@RequiresNetworkRole({Role.COORDINATOR, Role.PARTNER_ADMIN, Role.PROFESSIONAL})
class ReferralPagesController {

    static final int PAGE_SIZE = 25;

    private final NetworkDirectory networks;
    private final Referrals referrals;
    private final OverdueReferrals overdue;
    private final Accounts accounts;
    private final MessageSource messages;
    private final ReferralAccess access;
    private final PublishedOffers offers;
    private final Companions companions;

    ReferralPagesController(
            NetworkDirectory networks,
            Referrals referrals,
            OverdueReferrals overdue,
            Accounts accounts,
            MessageSource messages,
            ReferralAccess access,
            PublishedOffers offers,
            Companions companions) {
        this.networks = networks;
        this.referrals = referrals;
        this.overdue = overdue;
        this.accounts = accounts;
        this.messages = messages;
        this.access = access;
        this.offers = offers;
        this.companions = companions;
    }

    @GetMapping("/n/{slug}/referrals")
    String list(
            @PathVariable String slug,
            @RequestParam(defaultValue = "RECEIVER") ReferralSide side,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        NetworkRef network = network(slug);
        checkPage(page);
        ReferralPage found = referrals.page(network.id(), side, page, PAGE_SIZE);
        model.addAttribute("network", network);
        model.addAttribute("side", side);
        model.addAttribute("referrals", found);
        model.addAttribute("partnerNames", partnerNames(network));
        model.addAttribute("pages", PageLinks.of(request, page, PAGE_SIZE, found.total()));
        return "referral/list";
    }

    @GetMapping("/n/{slug}/referrals/new")
    String newReferral(
            @PathVariable String slug,
            @RequestParam(required = false) UUID family,
            @RequestParam(required = false) UUID question,
            @RequestParam(required = false) UUID support,
            @RequestParam(defaultValue = "") String transition,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Locale locale,
            Model model) {
        NetworkRef network = network(slug);
        access.requireStaff(network.id(), Referrals.PURPOSE);
        if (family == null) {
            return "redirect:/n/" + network.slug() + "/families";
        }
        ReferralDraft draft = referrals.draft(network.id(), family);
        ReferralForm form = ReferralForm.forFamily(draft.family());
        if (draft.mine().size() == 1) {
            form.setFromOrganisation(draft.mine().get(0).id().toString());
        }
        form.setQuestion(question == null ? "" : question.toString());
        form.setSupport(support == null ? "" : support.toString());
        UpcomingTransitions.label(transition)
                .filter(label -> on != null)
                .ifPresent(label -> form.setReason(messages.getMessage(
                        "referral.reason.transition",
                        new Object[] {
                            messages.getMessage(label, null, locale),
                            on.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        },
                        locale)));
        return form(model, network, draft, form, List.of());
    }

    @PostMapping("/n/{slug}/referrals/new")
    String send(
            @PathVariable String slug,
            @ModelAttribute("form") ReferralForm form,
            @ModelAttribute("companionForm") CompanionForm companion,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        access.requireStaff(network.id(), Referrals.PURPOSE);
        List<FamilyProblem> problems = new ArrayList<>();
        NewReferral referral = form.read(problems);
        CompanionChoice choice = companion.chosen() ? companion.read(problems) : null;
        if (referral != null && problems.isEmpty()) {
            try {
                UUID id = choice == null
                        ? referrals.send(network.id(), referral)
                        : companions.sendWith(network.id(), referral, choice);
                redirect.addFlashAttribute("sent", true);
                return "redirect:/n/" + network.slug() + "/referrals/" + id;
            } catch (InvalidReferralException invalid) {
                problems.addAll(invalid.problems());
            } catch (ConsentMissingException missing) {
                problems.add(FamilyProblem.of("toOrganisation", "family.consent.missing"));
            }
        }
        UUID family = referral == null ? familyOf(form) : referral.familyId();
        ReferralDraft draft = referrals.draft(network.id(), family);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, network, draft, form, FamilyProblemView.of(problems, messages, locale));
    }

    @GetMapping("/n/{slug}/referrals/{referralId}")
    String view(@PathVariable String slug, @PathVariable UUID referralId, Model model) {
        NetworkRef network = network(slug);
        ReferralView view = referrals.view(network.id(), referralId);
        Map<UUID, AccountView> people = accounts.byIds(view.steps().stream()
                .map(ReferralStep::byAccount)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        model.addAttribute("network", network);
        model.addAttribute("view", view);
        model.addAttribute("referral", view.referral());
        model.addAttribute("family", view.family());
        model.addAttribute("partnerNames", partnerNames(network));
        model.addAttribute("people", people);
        model.addAttribute("offer", offerOf(network, view.referral()));
        model.addAttribute("outcomes", ReferralOutcome.values());
        model.addAttribute("declineReasons", DeclineReason.values());
        model.addAttribute("statuses", ReferralStatus.values());
        model.addAttribute("companion", companions.panel(network.id(), view));
        if (!model.containsAttribute("companionForm")) {
            model.addAttribute("companionForm", new CompanionForm());
        }
        return "referral/view";
    }

    @PostMapping("/n/{slug}/referrals/{referralId}/steps")
    String step(
            @PathVariable String slug,
            @PathVariable UUID referralId,
            @RequestParam(required = false) ReferralStatus status,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) ReferralOutcome outcome,
            @RequestParam(required = false) DeclineReason declineReason,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        if (note.length() > Referrals.MAX_TEXT / 2) {
            throw new IllegalArgumentException("note too long");
        }
        referrals.step(
                network.id(),
                referralId,
                version,
                status,
                outcome,
                declineReason,
                note.isBlank() ? null : note.strip());
        redirect.addFlashAttribute("stepTaken", status);
        return "redirect:/n/" + network.slug() + "/referrals/" + referralId;
    }

    @GetMapping("/n/{slug}/referrals/overdue")
    @RequiresNetworkRole(Role.COORDINATOR)
    String overdue(
            @PathVariable String slug,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        NetworkRef network = network(slug);
        checkPage(page);
        OverdueReferrals.OverduePage found = overdue.page(network.id(), page, PAGE_SIZE);
        model.addAttribute("network", network);
        model.addAttribute("overdue", found);
        model.addAttribute("pages", PageLinks.of(request, page, PAGE_SIZE, found.total()));
        return "referral/overdue";
    }

    private String form(
            Model model, NetworkRef network, ReferralDraft draft, ReferralForm form, List<FamilyProblemView> problems) {
        model.addAttribute("network", network);
        model.addAttribute("draft", draft);
        model.addAttribute("family", draft.family());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("volunteers", companions.volunteers(network.id()));
        if (!model.containsAttribute("companionForm")) {
            model.addAttribute("companionForm", new CompanionForm());
        }
        return "referral/form";
    }

    /** The offer the referral points to, while it is published. */
    private @Nullable OfferChoice offerOf(NetworkRef network, Referral referral) {
        UUID offer = referral.offerId();
        if (offer == null) {
            return null;
        }
        return offers.offeredBy(network.id(), List.of(referral.toOrganisation())).stream()
                .filter(choice -> choice.id().equals(offer))
                .findFirst()
                .orElse(null);
    }

    private Map<UUID, String> partnerNames(NetworkRef network) {
        return networks.organisationsOf(network.id()).stream()
                .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a));
    }

    /** The family of a form that was not filled in right; without one (a forged form) there is no form to show. */
    private static UUID familyOf(ReferralForm form) {
        return UUID.fromString(form.getFamily().strip());
    }

    private static void checkPage(int page) {
        if (page < 0 || page > 10_000) {
            throw new IllegalArgumentException("page " + page);
        }
    }

    private NetworkRef network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network " + slug));
    }
}
