package be.nestwerk.offer;

import be.nestwerk.offer.OfferListQueries.Filter;
import be.nestwerk.offer.OfferListQueries.ListState;
import be.nestwerk.offer.OfferListQueries.Listing;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.OrganisationRef;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.NotFoundException;
import be.nestwerk.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalogue list of a network's staff pages, with its filters. Bad filter values are bad requests (400). */
@Controller
@RequiresNetworkRole({Role.COORDINATOR, Role.PARTNER_ADMIN, Role.PROFESSIONAL})
class OfferEditorListController {

    private static final int MAX_TEXT = 200;

    private final NetworkDirectory networks;
    private final OfferListQueries queries;

    OfferEditorListController(NetworkDirectory networks, OfferListQueries queries) {
        this.networks = networks;
        this.queries = queries;
    }

    @GetMapping("/n/{slug}/offers")
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String organisation,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String page,
            HttpServletRequest request,
            Model model) {
        NetworkRef network = networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
        List<OrganisationRef> organisations = queries.organisations(network.id());
        Filter filter = new Filter(
                blank(organisation) ? null : UUID.fromString(organisation.strip()),
                blank(state) ? null : ListState.valueOf(state.strip()),
                blank(q) ? null : text(q));
        int pageNumber = blank(page) ? 0 : Integer.parseInt(page.strip());
        if (pageNumber < 0) {
            throw new IllegalArgumentException("page " + pageNumber);
        }
        Listing listing = queries.page(network.id(), filter, pageNumber);
        model.addAttribute("network", network);
        model.addAttribute("organisations", organisations);
        model.addAttribute("filter", filter);
        model.addAttribute("states", ListState.values());
        model.addAttribute("listing", listing);
        model.addAttribute("pages", PageLinks.of(request, pageNumber, OfferListQueries.PAGE_SIZE, listing.total()));
        return "offer/editor/list";
    }

    private static String text(String q) {
        String text = q.strip();
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("text too long");
        }
        return text;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
