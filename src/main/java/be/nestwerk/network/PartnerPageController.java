package be.nestwerk.network;

import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.web.BusinessRuleException;
import be.nestwerk.platform.web.PageRequests;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partners of a network: list, detail with history, and the forms to add and change them. */
@Controller
@RequestMapping("/n/{slug}/partners")
class PartnerPageController {

    private static final String FORM = "network/partners/form";

    private final PartnerNetworks networks;
    private final PartnerQueries queries;
    private final PartnerAdministration administration;
    private final PartnerHistory history;
    private final Clock clock;

    PartnerPageController(
            PartnerNetworks networks,
            PartnerQueries queries,
            PartnerAdministration administration,
            PartnerHistory history,
            Clock clock) {
        this.networks = networks;
        this.queries = queries;
        this.administration = administration;
        this.history = history;
        this.clock = clock;
    }

    @InitBinder
    void configureBinding(WebDataBinder binder) {
        PartnerFormValidator.configure(binder);
    }

    @GetMapping
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String actorType,
            @RequestParam(required = false) @Nullable String involvement,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        NetworkRef network = networks.resolve(slug);
        PartnerFilter filter = PartnerFilter.parse(actorType, involvement, q);
        model.addAttribute("network", network);
        model.addAttribute("partners", queries.page(network.id(), filter, PageRequests.of(page, 25)));
        model.addAttribute("filter", filter);
        model.addAttribute("pageBase", filter.listAddress(network.slug()));
        model.addAttribute("permissions", queries.permissions(network.id(), null));
        addChoices(model);
        return "network/partners/list";
    }

    @GetMapping("/new")
    String newPartner(@PathVariable String slug, Model model) {
        NetworkRef network = networks.resolve(slug);
        queries.requireMayAdd(network.id());
        return form(model, network, new PartnerForm(), null, queries.permissions(network.id(), null));
    }

    @PostMapping
    String add(
            @PathVariable String slug,
            @Valid @ModelAttribute("partnerForm") PartnerForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = networks.resolve(slug);
        queries.requireMayAdd(network.id());
        PartnerPermissions permissions = queries.permissions(network.id(), null);
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, network, form, null, permissions);
        }
        try {
            UUID id = administration.addPartner(
                    network.id(),
                    form.getOrganisation().toDetails(),
                    form.getPartnership().toTerms());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/n/" + network.slug() + "/partners/" + id;
        } catch (BusinessRuleException refused) {
            return refused(refused, result, response, model, network, form, null, permissions);
        }
    }

    @GetMapping("/{id}")
    String detail(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int historyPage,
            Model model) {
        NetworkRef network = networks.resolve(slug);
        PartnerDetail partner = queries.detail(network.id(), id);
        model.addAttribute("network", network);
        model.addAttribute("partner", partner);
        model.addAttribute("permissions", queries.permissions(network.id(), id));
        model.addAttribute("history", history.of(network.id(), partner, PageRequests.of(historyPage, 20)));
        model.addAttribute("today", LocalDate.now(clock));
        return "network/partners/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable UUID id, Model model) {
        NetworkRef network = networks.resolve(slug);
        PartnerDetail partner = queries.forEditing(network.id(), id);
        return form(model, network, PartnerForm.of(partner), partner, queries.permissions(network.id(), id));
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable String slug,
            @PathVariable UUID id,
            @Valid @ModelAttribute("partnerForm") PartnerForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = networks.resolve(slug);
        PartnerDetail partner = queries.forEditing(network.id(), id);
        PartnerPermissions permissions = queries.permissions(network.id(), id);
        // Only the coordinator records a partnership; until then a partner admin edits just the organisation.
        boolean organisationOnly = partner.partnership() == null && !permissions.setInvolvement();
        if (organisationOnly ? !result.getFieldErrors("organisation.*").isEmpty() : result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, network, form, partner, permissions);
        }
        try {
            administration.updatePartner(
                    network.id(),
                    id,
                    form.getOrganisation().toDetails(),
                    organisationOnly ? null : form.getPartnership().toTerms(),
                    form.getOrganisationVersion(),
                    form.getPartnershipVersion());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/n/" + network.slug() + "/partners/" + id;
        } catch (BusinessRuleException refused) {
            return refused(refused, result, response, model, network, form, partner, permissions);
        }
    }

    private String refused(
            BusinessRuleException refused,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            NetworkRef network,
            PartnerForm form,
            @Nullable PartnerDetail partner,
            PartnerPermissions permissions) {
        // The key is already complete: it must not get the "partner." prefix of the form's own codes.
        result.addError(new ObjectError(
                result.getObjectName(), new String[] {refused.messageKey()}, refused.arguments(), null));
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return form(model, network, form, partner, permissions);
    }

    private static String form(
            Model model,
            NetworkRef network,
            PartnerForm form,
            @Nullable PartnerDetail partner,
            PartnerPermissions permissions) {
        model.addAttribute("network", network);
        model.addAttribute("partnerForm", form);
        model.addAttribute("partner", partner);
        model.addAttribute("permissions", permissions);
        addChoices(model);
        return FORM;
    }

    private static void addChoices(Model model) {
        model.addAttribute("actorTypes", ActorType.values());
        model.addAttribute("involvements", Involvement.values());
        model.addAttribute("essentialFunctions", EssentialFunction.values());
    }
}
