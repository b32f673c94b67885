package be.nestwerk.referral;

import be.nestwerk.family.FamilyProblem;
import be.nestwerk.family.FamilyProblemView;
import be.nestwerk.platform.security.RequiresSecondFactor;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sender names the companion on the referral's page. A choice that is not right shows the referral's page again
 * with its problems (400), read and checked as that page always is.
 */
@Controller
@RequiresSecondFactor
@RequiresNetworkRole({Role.COORDINATOR, Role.PARTNER_ADMIN, Role.PROFESSIONAL})
class CompanionPagesController {

    private final NetworkDirectory networks;
    private final Companions companions;
    private final MessageSource messages;
    private final ReferralPagesController referralPages;

    CompanionPagesController(
            NetworkDirectory networks,
            Companions companions,
            MessageSource messages,
            ReferralPagesController referralPages) {
        this.networks = networks;
        this.companions = companions;
        this.messages = messages;
        this.referralPages = referralPages;
    }

    @PostMapping("/n/{slug}/referrals/{referralId}/companion")
    String name(
            @PathVariable String slug,
            @PathVariable UUID referralId,
            @ModelAttribute("companionForm") CompanionForm form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network " + slug));
        companions.requireSender(network.id(), referralId);
        List<FamilyProblem> problems = new ArrayList<>();
        CompanionChoice choice = form.read(problems);
        if (choice != null) {
            try {
                companions.name(network.id(), referralId, choice);
                redirect.addFlashAttribute("companionNamed", true);
                return "redirect:/n/" + network.slug() + "/referrals/" + referralId;
            } catch (InvalidReferralException invalid) {
                problems.addAll(invalid.problems());
            }
        }
        model.addAttribute("companionProblems", FamilyProblemView.of(problems, messages, locale));
        String page = referralPages.view(slug, referralId, model);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page;
    }
}
