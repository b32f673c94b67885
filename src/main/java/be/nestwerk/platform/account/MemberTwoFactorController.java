package be.nestwerk.platform.account;

import be.nestwerk.platform.security.RequiresSecondFactor;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator resets a member's second factor (a lost phone). Resetting someone else's factor is as sensitive as
 * the family data it guards, so the coordinator proves their own second factor first; anyone else is refused
 * before being asked for it.
 */
@Controller
@RequestMapping("/n/{slug}/members/{membershipId}/two-factor")
@RequiresNetworkRole(Role.COORDINATOR)
@RequiresSecondFactor
class MemberTwoFactorController {

    private final NetworkDirectory networks;
    private final MemberSecondFactors members;

    MemberTwoFactorController(NetworkDirectory networks, MemberSecondFactors members) {
        this.networks = networks;
        this.members = members;
    }

    @GetMapping
    String show(@PathVariable String slug, @PathVariable UUID membershipId, Model model) {
        NetworkRef network = Networks.bySlug(networks, slug);
        model.addAttribute("network", network);
        model.addAttribute("member", members.member(network.id(), membershipId));
        return "account/member-two-factor";
    }

    @PostMapping("/reset")
    String reset(@PathVariable String slug, @PathVariable UUID membershipId, RedirectAttributes redirect) {
        NetworkRef network = Networks.bySlug(networks, slug);
        MemberSecondFactors.Member member = members.reset(network.id(), membershipId);
        redirect.addFlashAttribute("notice", "two-factor.member.reset-done");
        redirect.addFlashAttribute("noticeArgument", member.name());
        return "redirect:/n/{slug}/members";
    }
}
