package be.nestwerk.network;

import be.nestwerk.platform.web.PageRequests;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The families' front door: which networks there are, where they work, and who they are. No login, no personal data. */
@Controller
class PublicNetworkController {

    static final int MAX_QUERY_LENGTH = 100;

    record ListedNetwork(PublicNetworkQueries.NetworkRow network, List<String> municipalities) {}

    private final Networks networks;
    private final FieldsOfOperation fields;
    private final PublicNetworkQueries queries;

    PublicNetworkController(Networks networks, FieldsOfOperation fields, PublicNetworkQueries queries) {
        this.networks = networks;
        this.fields = fields;
        this.queries = queries;
    }

    @GetMapping({"/", "/networks"})
    String index(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        String query = q.length() > MAX_QUERY_LENGTH ? q.substring(0, MAX_QUERY_LENGTH) : q;
        Page<PublicNetworkQueries.NetworkRow> found =
                queries.search(query, PageRequests.of(page, PageRequests.DEFAULT_SIZE));
        Map<UUID, List<String>> municipalities = queries.municipalityNames(found.getContent().stream()
                .map(PublicNetworkQueries.NetworkRow::id)
                .toList());
        model.addAttribute("q", query);
        model.addAttribute(
                "rows", found.map(row -> new ListedNetwork(row, municipalities.getOrDefault(row.id(), List.of()))));
        return "network/public/index";
    }

    @GetMapping("/networks/{slug}")
    String show(@PathVariable String slug, Model model) {
        NetworkView network = networks.requireBySlug(slug);
        UUID parentId = network.parentNetworkId();
        UUID directing = network.directingOrganisationId();
        model.addAttribute("network", network);
        model.addAttribute("field", fields.of(network.id()));
        model.addAttribute("partners", queries.partners(network.id()));
        model.addAttribute(
                "parent", parentId == null ? null : networks.find(parentId).orElse(null));
        model.addAttribute("communityNetworks", networks.communityNetworksOf(network.id()));
        model.addAttribute("directingOrganisation", directing == null ? null : queries.organisationName(directing));
        return "network/public/show";
    }
}
