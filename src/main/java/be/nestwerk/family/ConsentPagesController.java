package be.nestwerk.family;

import be.nestwerk.platform.security.RequiresSecondFactor;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.NotFoundException;
import be.nestwerk.platform.web.SiteAddress;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording and revoking a family's consent from its file. */
@Controller
@RequiresSecondFactor
@RequiresNetworkRole({Role.COORDINATOR, Role.PARTNER_ADMIN, Role.PROFESSIONAL})
class ConsentPagesController {

    private final NetworkDirectory networks;
    private final FamilyRegistry registry;
    private final Consents consents;
    private final FamilyFilePage filePage;
    private final MessageSource messages;
    private final ConsentLinks links;
    private final SiteAddress site;

    ConsentPagesController(
            NetworkDirectory networks,
            FamilyRegistry registry,
            Consents consents,
            FamilyFilePage filePage,
            MessageSource messages,
            ConsentLinks links,
            SiteAddress site) {
        this.networks = networks;
        this.registry = registry;
        this.consents = consents;
        this.filePage = filePage;
        this.messages = messages;
        this.links = links;
        this.site = site;
    }

    @PostMapping("/n/{slug}/families/{familyId}/consents")
    String record(
            @PathVariable String slug,
            @PathVariable UUID familyId,
            @RequestParam(defaultValue = "") String givenBy,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(defaultValue = "") String purpose,
            @RequestParam(defaultValue = "") String form,
            @RequestParam(defaultValue = "") String recordedFor,
            @RequestParam(defaultValue = "") String validUntil,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        List<FamilyProblem> problems = new ArrayList<>();
        UUID member = id(givenBy, "givenBy", problems);
        UUID partner = organisation.isBlank() ? null : id(organisation, "organisationId", problems);
        UUID recorder = id(recordedFor, "recordedFor", problems);
        ConsentPurpose chosenPurpose = FamilyForm.choice(ConsentPurpose.class, purpose, "purpose", null, problems);
        ConsentForm chosenForm = FamilyForm.choice(ConsentForm.class, form, "form", null, problems);
        LocalDate until = null;
        try {
            until = LocalDate.parse(validUntil.strip());
        } catch (DateTimeParseException unreadable) {
            problems.add(FamilyProblem.of("validUntil", "family.problem.date"));
        }
        if (problems.isEmpty()) {
            try {
                consents.record(
                        network.id(),
                        familyId,
                        new NewConsent(member, partner, chosenPurpose, chosenForm, recorder, until));
                redirect.addFlashAttribute("consentRecorded", true);
                return "redirect:/n/" + network.slug() + "/families/" + familyId + "#consents";
            } catch (InvalidFamilyException invalid) {
                problems.addAll(invalid.problems());
            }
        }
        Family family = registry.file(network.id(), familyId, FamilyRegistry.FILE);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problems", FamilyProblemView.of(problems, messages, locale));
        return filePage.show(model, network, family);
    }

    @PostMapping("/n/{slug}/families/{familyId}/consents/{consentId}/revoke")
    String revoke(
            @PathVariable String slug,
            @PathVariable UUID familyId,
            @PathVariable UUID consentId,
            RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        consents.revoke(network.id(), familyId, consentId);
        redirect.addFlashAttribute("consentRevoked", true);
        return "redirect:/n/" + network.slug() + "/families/" + familyId + "#consents";
    }

    /** A new personal link for the family, shown once on its file (not kept in the session or the database). */
    @PostMapping("/n/{slug}/families/{familyId}/consent-link")
    String link(@PathVariable String slug, @PathVariable UUID familyId, Model model) {
        NetworkRef network = network(slug);
        String token = links.issue(network.id(), familyId);
        Family family = registry.file(network.id(), familyId, FamilyRegistry.FILE);
        model.addAttribute("issuedLink", site.absolute("/consent/" + token));
        return filePage.show(model, network, family);
    }

    private static @Nullable UUID id(String value, String field, List<FamilyProblem> problems) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException unreadable) {
            problems.add(FamilyProblem.of(field, "family.problem.choose"));
            return null;
        }
    }

    private NetworkRef network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
