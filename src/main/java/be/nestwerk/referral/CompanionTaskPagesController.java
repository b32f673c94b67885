package be.nestwerk.referral;

import be.nestwerk.platform.security.RequiresSecondFactor;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.NotFoundException;
import be.nestwerk.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A volunteer's companion tasks: the list, one task with only what it needs, and "went along". */
@Controller
@RequiresSecondFactor
@RequiresNetworkRole(Role.VOLUNTEER)
class CompanionTaskPagesController {

    private final NetworkDirectory networks;
    private final CompanionTasks tasks;

    CompanionTaskPagesController(NetworkDirectory networks, CompanionTasks tasks) {
        this.networks = networks;
        this.tasks = tasks;
    }

    @GetMapping("/n/{slug}/tasks")
    String list(
            @PathVariable String slug,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        NetworkRef network = network(slug);
        if (page < 0 || page > 10_000) {
            throw new IllegalArgumentException("page " + page);
        }
        CompanionTaskPage found = tasks.page(network.id(), page, ReferralPagesController.PAGE_SIZE);
        model.addAttribute("network", network);
        model.addAttribute("tasks", found);
        model.addAttribute("pages", PageLinks.of(request, page, ReferralPagesController.PAGE_SIZE, found.total()));
        return "referral/tasks";
    }

    @GetMapping("/n/{slug}/tasks/{referralId}")
    String task(@PathVariable String slug, @PathVariable UUID referralId, Model model) {
        NetworkRef network = network(slug);
        model.addAttribute("network", network);
        model.addAttribute("task", tasks.task(network.id(), referralId));
        return "referral/task";
    }

    @PostMapping("/n/{slug}/tasks/{referralId}/done")
    String done(@PathVariable String slug, @PathVariable UUID referralId, RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        tasks.done(network.id(), referralId);
        redirect.addFlashAttribute("wentAlong", true);
        return "redirect:/n/" + network.slug() + "/tasks/" + referralId;
    }

    private NetworkRef network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network " + slug));
    }
}
