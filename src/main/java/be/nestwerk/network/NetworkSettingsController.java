package be.nestwerk.network;

import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.BusinessRuleException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A coordinator edits the settings of their network, and creates community networks in a Huis van het Kind. */
@Controller
class NetworkSettingsController {

    private final Networks networks;
    private final PublicNetworkQueries queries;
    private final NetworkAccess access;

    NetworkSettingsController(Networks networks, PublicNetworkQueries queries, NetworkAccess access) {
        this.networks = networks;
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/n/{slug}/settings")
    @RequiresNetworkRole(Role.COORDINATOR)
    String settings(@PathVariable String slug, Model model) {
        NetworkView network = coordinated(slug);
        model.addAttribute("settingsForm", NetworkSettingsForm.of(network));
        return show(network, model);
    }

    @PostMapping("/n/{slug}/settings")
    @RequiresNetworkRole(Role.COORDINATOR)
    String save(
            @PathVariable String slug,
            @Valid @ModelAttribute("settingsForm") NetworkSettingsForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkView network = coordinated(slug);
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(network, model);
        }
        try {
            networks.update(network.id(), form.toSettings());
        } catch (BusinessRuleException refused) {
            result.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(network, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/n/" + network.slug() + "/settings";
    }

    @GetMapping("/n/{slug}/community-networks/new")
    @RequiresNetworkRole(Role.COORDINATOR)
    String newCommunityNetwork(@PathVariable String slug, Model model) {
        NetworkView network = huisVanHetKind(slug);
        model.addAttribute("network", network);
        model.addAttribute("form", new NewNetworkForm());
        return "network/community-new";
    }

    @PostMapping("/n/{slug}/community-networks/new")
    @RequiresNetworkRole(Role.COORDINATOR)
    String createCommunityNetwork(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") NewNetworkForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkView network = huisVanHetKind(slug);
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("network", network);
            return "network/community-new";
        }
        NetworkView created = networks.createCommunityNetwork(network.id(), String.valueOf(form.getName()));
        redirect.addFlashAttribute("created", true);
        return "redirect:/n/" + created.slug() + "/area";
    }

    private NetworkView coordinated(String slug) {
        NetworkView network = networks.requireBySlug(slug);
        access.require(network.id(), Role.COORDINATOR);
        return network;
    }

    private NetworkView huisVanHetKind(String slug) {
        NetworkView network = coordinated(slug);
        if (!network.huisVanHetKind()) {
            throw new BusinessRuleException("network.community.parent-not-huis-van-het-kind");
        }
        return network;
    }

    private String show(NetworkView network, Model model) {
        model.addAttribute("network", network);
        model.addAttribute("languageCodes", NetworkLanguages.CODES);
        model.addAttribute("organisations", queries.organisations(network.id()));
        return "network/settings";
    }
}
