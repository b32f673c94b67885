package be.nestwerk.network;

import be.nestwerk.platform.security.NestwerkUser;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.web.BusinessRuleException;
import be.nestwerk.platform.web.PageRequests;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's overview of all networks, and where it creates a Huis van het Kind. */
@Controller
class AgencyNetworksController {

    record AgencyRow(NetworkView network, int municipalities, int partners) {}

    private final Networks networks;
    private final PublicNetworkQueries queries;
    private final NetworkAccess access;

    AgencyNetworksController(Networks networks, PublicNetworkQueries queries, NetworkAccess access) {
        this.networks = networks;
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/agency")
    String overview(@RequestParam(defaultValue = "0") int page, Model model) {
        NestwerkUser admin = access.requireAgencyAdmin();
        Page<NetworkView> found =
                networks.visibleTo(admin, PageRequests.of(page, PageRequests.DEFAULT_SIZE, Sort.by("name", "id")));
        List<UUID> ids = found.getContent().stream().map(NetworkView::id).toList();
        Map<UUID, List<String>> municipalities = queries.municipalityNames(ids);
        Map<UUID, Integer> partners = queries.partnerCounts(ids);
        model.addAttribute(
                "rows",
                found.map(network -> new AgencyRow(
                        network,
                        municipalities.getOrDefault(network.id(), List.of()).size(),
                        partners.getOrDefault(network.id(), 0))));
        return "network/agency/index";
    }

    @GetMapping("/agency/networks/new")
    String newHuisVanHetKind(Model model) {
        access.requireAgencyAdmin();
        model.addAttribute("form", new NewNetworkForm());
        return "network/agency/new";
    }

    @PostMapping("/agency/networks/new")
    String create(
            @Validated({Default.class, NewNetworkForm.HuisVanHetKind.class}) @ModelAttribute("form")
                    NewNetworkForm form,
            BindingResult result,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        access.requireAgencyAdmin();
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "network/agency/new";
        }
        try {
            NetworkView created = networks.createHuisVanHetKind(
                    String.valueOf(form.getName()),
                    String.valueOf(form.getCoordinatorEmail()),
                    String.valueOf(form.getCoordinatorName()));
            redirect.addFlashAttribute("created", created.name());
            return "redirect:/agency";
        } catch (BusinessRuleException refused) {
            result.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "network/agency/new";
        }
    }
}
