package be.nestwerk.family;

import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The family's own page behind its personal link: the consents it gave, each revocable with one button. Public (the
 * link is the key), shows no name, and answers 404 to a link that does not work, whatever the reason.
 */
@Controller
class ConsentLinkController {

    private final ConsentLinks links;
    private final NetworkDirectory networks;

    ConsentLinkController(ConsentLinks links, NetworkDirectory networks) {
        this.links = links;
        this.networks = networks;
    }

    @GetMapping("/consent/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        ConsentLinks.FamilyConsents found = links.open(token).orElseThrow(() -> new NotFoundException("link"));
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        Map<UUID, String> partners = networks.organisationsOf(found.networkId()).stream()
                .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a));
        model.addAttribute("found", found);
        model.addAttribute("partners", partners);
        model.addAttribute("token", token);
        model.addAttribute(
                "inForce", found.consents().stream().filter(links::inForce).toList());
        return "family/consent-link";
    }

    @PostMapping("/consent/{token}/revoke")
    String revoke(@PathVariable String token, @RequestParam(defaultValue = "") String consent) {
        UUID consentId;
        try {
            consentId = UUID.fromString(consent.strip());
        } catch (IllegalArgumentException unreadable) {
            throw new NotFoundException("consent");
        }
        if (!links.revoke(token, consentId)) {
            throw new NotFoundException("consent");
        }
        return "redirect:/consent/" + token + "?revoked";
    }
}
