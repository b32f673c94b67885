package be.nestwerk.network;

import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A network's start page for its members. */
@Controller
class NetworkDashboardController {

    private final Networks networks;
    private final FieldsOfOperation fields;
    private final PublicNetworkQueries queries;
    private final NetworkAccess access;

    NetworkDashboardController(
            Networks networks, FieldsOfOperation fields, PublicNetworkQueries queries, NetworkAccess access) {
        this.networks = networks;
        this.fields = fields;
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/n/{slug}")
    String dashboard(@PathVariable String slug, Model model) {
        NetworkView network = networks.requireBySlug(slug);
        access.requireMember(network.id());
        UUID directing = network.directingOrganisationId();
        UUID parentId = network.parentNetworkId();
        model.addAttribute("network", network);
        model.addAttribute("field", fields.of(network.id()));
        model.addAttribute(
                "partnerCount", queries.partnerCounts(List.of(network.id())).getOrDefault(network.id(), 0));
        model.addAttribute("directingOrganisation", directing == null ? null : queries.organisationName(directing));
        model.addAttribute(
                "parent", parentId == null ? null : networks.find(parentId).orElse(null));
        model.addAttribute("communityNetworks", networks.communityNetworksOf(network.id()));
        model.addAttribute("coordinator", access.has(network.id(), Role.COORDINATOR));
        return "network/dashboard";
    }
}
