package be.nestwerk.offer;

import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.BusinessRuleException;
import be.nestwerk.platform.web.NotFoundException;
import be.nestwerk.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's review: the queue, one offer compared with its published version, publish and reject; and the
 * confirmation (by its owners or a coordinator) that a published offer is still correct.
 */
@Controller
@RequestMapping("/n/{slug}/offers")
class OfferReviewController {

    static final int MAX_REASON = 2_000;
    private static final String QUEUE = "offer/review/queue";
    private static final String REVIEW = "offer/review/offer";

    private final NetworkDirectory networks;
    private final ReviewQueue queue;
    private final OfferCatalogue catalogue;

    OfferReviewController(NetworkDirectory networks, ReviewQueue queue, OfferCatalogue catalogue) {
        this.networks = networks;
        this.queue = queue;
        this.catalogue = catalogue;
    }

    @GetMapping("/review")
    @RequiresNetworkRole(Role.COORDINATOR)
    String queue(
            @PathVariable String slug,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "0") int duePage,
            HttpServletRequest request,
            Model model) {
        NetworkRef network = network(slug);
        Page<ReviewQueue.Waiting> waiting = queue.waiting(network.id(), page);
        Page<ReviewQueue.Due> due = queue.due(network.id(), duePage);
        model.addAttribute("network", network);
        model.addAttribute("waiting", waiting);
        model.addAttribute(
                "waitingPages",
                PageLinks.of(request, "page", waiting.getNumber(), ReviewQueue.PAGE_SIZE, waiting.getTotalElements()));
        model.addAttribute("due", due);
        model.addAttribute(
                "duePages",
                PageLinks.of(request, "duePage", due.getNumber(), ReviewQueue.PAGE_SIZE, due.getTotalElements()));
        return QUEUE;
    }

    @GetMapping("/{offerId}/review")
    @RequiresNetworkRole(Role.COORDINATOR)
    String review(
            @PathVariable String slug,
            @PathVariable UUID offerId,
            Locale locale,
            HttpServletResponse response,
            Model model) {
        NetworkRef network = network(slug);
        ReviewCase review = queue.reviewCase(network.id(), offerId, locale);
        if (!review.inReview()) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return show(model, network, review, "", null);
    }

    @PostMapping("/{offerId}/publish")
    @RequiresNetworkRole(Role.COORDINATOR)
    String publish(@PathVariable String slug, @PathVariable UUID offerId, RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        catalogue.publish(network.id(), offerId);
        notice(redirect, "offer.review.published", queue.latestName(network.id(), offerId));
        return "redirect:/n/" + network.slug() + "/offers/review";
    }

    @PostMapping("/{offerId}/reject")
    @RequiresNetworkRole(Role.COORDINATOR)
    String reject(
            @PathVariable String slug,
            @PathVariable UUID offerId,
            @RequestParam(defaultValue = "") String reason,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        NetworkRef network = network(slug);
        String problem = reason.isBlank()
                ? "offer.error.reasonRequired"
                : reason.strip().length() > MAX_REASON ? "offer.review.reject.reasonTooLong" : null;
        if (problem == null) {
            try {
                catalogue.reject(network.id(), offerId, reason);
                notice(redirect, "offer.review.rejected", queue.latestName(network.id(), offerId));
                return "redirect:/n/" + network.slug() + "/offers/review";
            } catch (BusinessRuleException refused) {
                problem = refused.messageKey();
            }
        }
        ReviewCase review = queue.reviewCase(network.id(), offerId, locale);
        response.setStatus(review.inReview() ? HttpStatus.BAD_REQUEST.value() : HttpStatus.CONFLICT.value());
        return show(model, network, review, reason, problem);
    }

    /** From the queue (a coordinator) back to the queue; otherwise back to the offer's own page. */
    @PostMapping("/{offerId}/confirm")
    String confirm(
            @PathVariable String slug,
            @PathVariable UUID offerId,
            @RequestParam(defaultValue = "") String from,
            RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        catalogue.confirmStillCorrect(network.id(), offerId);
        notice(redirect, "offer.review.confirmed", queue.latestName(network.id(), offerId));
        return "queue".equals(from)
                ? "redirect:/n/" + network.slug() + "/offers/review"
                : "redirect:/n/" + network.slug() + "/offers/" + offerId;
    }

    private String show(Model model, NetworkRef network, ReviewCase review, String reason, @Nullable String problem) {
        model.addAttribute("network", network);
        model.addAttribute("review", review);
        model.addAttribute("reason", reason);
        model.addAttribute("maxReason", MAX_REASON);
        model.addAttribute("reasonProblem", problem);
        return REVIEW;
    }

    private static void notice(RedirectAttributes redirect, String key, String name) {
        redirect.addFlashAttribute("reviewNotice", key);
        redirect.addFlashAttribute("reviewNoticeName", name);
    }

    private NetworkRef network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
