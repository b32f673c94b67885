package be.nestwerk.platform.audit;

import be.nestwerk.platform.security.RequiresSecondFactor;
import be.nestwerk.platform.tenancy.NetworkAccess;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.NotFoundException;
import be.nestwerk.platform.web.PageLinks;
import be.nestwerk.platform.web.PageRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log of a network, for its coordinators and its data-protection officer: filterable by action, actor,
 * dates, record and purpose, 50 per page. It shows who read which family, so it asks for the second factor.
 */
@Controller
@RequiresSecondFactor
class AuditLogController {

    static final int PAGE_SIZE = 50;

    private final NetworkDirectory networks;
    private final NetworkAccess access;
    private final NetworkAuditTrail trail;

    AuditLogController(NetworkDirectory networks, NetworkAccess access, NetworkAuditTrail trail) {
        this.networks = networks;
        this.access = access;
        this.trail = trail;
    }

    @GetMapping("/n/{slug}/audit")
    @RequiresNetworkRole({Role.COORDINATOR, Role.DATA_PROTECTION_OFFICER})
    String audit(
            @PathVariable String slug,
            @ModelAttribute("filter") AuditFilter filter,
            BindingResult result,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        NetworkRef network = networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
        access.require(network.id(), NetworkAuditTrail.READERS);
        model.addAttribute("network", network);
        model.addAttribute("actions", AuditAction.values());
        Optional<AuditCriteria> criteria = filter.criteria(result);
        if (criteria.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("events", List.of());
            return "platform/audit";
        }
        int current = Math.max(0, page);
        Page<NetworkAuditTrail.Event> events =
                trail.events(network.id(), criteria.get(), PageRequests.of(current, PAGE_SIZE));
        model.addAttribute("events", events.getContent());
        model.addAttribute("pages", PageLinks.of(request, current, PAGE_SIZE, events.getTotalElements()));
        return "platform/audit";
    }
}
