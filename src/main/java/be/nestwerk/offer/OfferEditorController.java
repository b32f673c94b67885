package be.nestwerk.offer;

import be.nestwerk.offer.OfferFormMapper.Reading;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The offer editor: a new offer, and the draft of an existing one. Rows and translations are added and removed by
 * submit buttons that show the form again (no JavaScript needed); saving checks the whole offer and shows every
 * problem at its field, with a summary on top.
 */
@Controller
@RequestMapping("/n/{slug}/offers")
@RequiresNetworkRole({Role.COORDINATOR, Role.PARTNER_ADMIN, Role.PROFESSIONAL})
class OfferEditorController {

    static final String FORM = "offer/editor/form";

    private final NetworkDirectory networks;
    private final OfferCatalogue catalogue;
    private final OfferListQueries queries;
    private final OfferPermissions permissions;
    private final OfferFormMapper mapper;
    private final OfferEditorChoices choices;
    private final MessageSource messages;

    OfferEditorController(
            NetworkDirectory networks,
            OfferCatalogue catalogue,
            OfferListQueries queries,
            OfferPermissions permissions,
            OfferFormMapper mapper,
            OfferEditorChoices choices,
            MessageSource messages) {
        this.networks = networks;
        this.catalogue = catalogue;
        this.queries = queries;
        this.permissions = permissions;
        this.mapper = mapper;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping("/new")
    String newOffer(
            @PathVariable String slug, @RequestParam(required = false) @Nullable String organisation, Model model) {
        NetworkRef network = network(slug);
        List<OrganisationRef> organisations = writableOrganisations(network);
        OfferForm form = OfferForm.blank();
        if (organisation != null && !organisation.isBlank()) {
            form.setOrganisation(chosen(network, organisations, UUID.fromString(organisation.strip()))
                    .toString());
        } else if (organisations.size() == 1) {
            form.setOrganisation(organisations.get(0).id().toString());
        }
        return form(model, network, null, form, OfferFormErrors.none(), organisations);
    }

    @PostMapping
    String create(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String action,
            HttpServletRequest request,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        List<OrganisationRef> organisations = writableOrganisations(network);
        OfferForm form = OfferFormBinding.bind(request);
        UUID organisation = organisationOf(form, network, organisations);
        form.keepDutchFirst();
        OfferFormAction pressed = OfferFormAction.parse(action);
        if (!pressed.isSave()) {
            pressed.applyTo(form);
            return form(model, network, null, form, OfferFormErrors.none(), organisations);
        }
        List<ContentProblem> chosen = new ArrayList<>();
        if (organisation == null) {
            chosen.add(ContentProblem.of("organisation", "offer.editor.problem.organisation"));
        }
        return save(form, chosen, locale, response, model, network, null, organisations, content -> {
            UUID id = catalogue.create(network.id(), organisation, content);
            redirect.addFlashAttribute("created", true);
            return "redirect:/n/" + network.slug() + "/offers/" + id;
        });
    }

    @GetMapping("/{offerId}/edit")
    String edit(@PathVariable String slug, @PathVariable UUID offerId, Model model) {
        NetworkRef network = network(slug);
        OfferDetail offer = catalogue.detail(network.id(), offerId);
        OfferForm form = mapper.toForm(offer.current().content());
        return form(model, network, offer, form, OfferFormErrors.none(), List.of());
    }

    @PostMapping("/{offerId}/edit")
    String update(
            @PathVariable String slug,
            @PathVariable UUID offerId,
            @RequestParam(required = false) @Nullable String action,
            HttpServletRequest request,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        OfferDetail offer = catalogue.detail(network.id(), offerId);
        OfferForm form = OfferFormBinding.bind(request);
        form.keepDutchFirst();
        OfferFormAction pressed = OfferFormAction.parse(action);
        if (!pressed.isSave()) {
            pressed.applyTo(form);
            return form(model, network, offer, form, OfferFormErrors.none(), List.of());
        }
        return save(form, List.of(), locale, response, model, network, offer, List.of(), content -> {
            catalogue.saveDraft(network.id(), offerId, content);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/n/" + network.slug() + "/offers/" + offerId;
        });
    }

    /** Reads and checks the form; saves it when all is well, else shows it again with every problem (400). */
    private String save(
            OfferForm form,
            List<ContentProblem> otherProblems,
            Locale locale,
            HttpServletResponse response,
            Model model,
            NetworkRef network,
            @Nullable OfferDetail offer,
            List<OrganisationRef> organisations,
            Function<OfferContent, String> store) {
        form.dropRowsWithoutInput();
        Reading reading = mapper.read(form);
        List<ContentProblem> formProblems = new ArrayList<>(otherProblems);
        formProblems.addAll(reading.problems());
        OfferFormErrors errors =
                OfferFormErrors.of(formProblems, catalogue.problems(reading.content()), form, messages, locale);
        if (!errors.any()) {
            try {
                return store.apply(reading.content());
            } catch (InvalidOfferException invalid) {
                errors = OfferFormErrors.of(List.of(), invalid.problems(), form, messages, locale);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, network, offer, form, errors, organisations);
    }

    private String form(
            Model model,
            NetworkRef network,
            @Nullable OfferDetail offer,
            OfferForm form,
            OfferFormErrors errors,
            List<OrganisationRef> organisations) {
        model.addAttribute("network", network);
        model.addAttribute("offer", offer);
        model.addAttribute("offerForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", organisations);
        model.addAttribute("choices", choices);
        model.addAttribute(
                "formAction",
                offer == null
                        ? "/n/" + network.slug() + "/offers"
                        : "/n/" + network.slug() + "/offers/" + offer.offer().id() + "/edit");
        return FORM;
    }

    /** The organisations the current person may create offers for; none means they may not create any (403). */
    private List<OrganisationRef> writableOrganisations(NetworkRef network) {
        List<OrganisationRef> organisations = queries.organisations(network.id());
        if (organisations.isEmpty()) {
            permissions.requireReviewer(network.id());
        }
        return organisations;
    }

    /** The organisation the form names, checked before anything else is read; null when none was chosen. */
    private @Nullable UUID organisationOf(OfferForm form, NetworkRef network, List<OrganisationRef> organisations) {
        String chosen = form.getOrganisation();
        if (chosen == null || chosen.isBlank()) {
            if (organisations.size() == 1) {
                form.setOrganisation(organisations.get(0).id().toString());
                return organisations.get(0).id();
            }
            return null;
        }
        return chosen(network, organisations, UUID.fromString(chosen.strip()));
    }

    /** A chosen organisation must be one of the person's: refused (403) for partner staff, unknown (404) otherwise. */
    private UUID chosen(NetworkRef network, List<OrganisationRef> organisations, UUID organisation) {
        if (organisations.stream().noneMatch(candidate -> candidate.id().equals(organisation))) {
            permissions.requireWriter(network.id(), organisation);
            throw new NotFoundException("organisation");
        }
        return organisation;
    }

    private NetworkRef network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
