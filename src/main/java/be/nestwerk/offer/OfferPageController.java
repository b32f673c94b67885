package be.nestwerk.offer;

import be.nestwerk.platform.web.NotFoundException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public page of one offer: everything a family needs to go there, in their language, to share and to print.
 * Only the published version, without confidential places; anything else is a 404.
 */
@Controller
class OfferPageController {

    private final PublishedOffers offers;
    private final OfferPageViews views;

    OfferPageController(PublishedOffers offers, OfferPageViews views) {
        this.offers = offers;
        this.views = views;
    }

    @GetMapping("/offers/{offerId}")
    String show(
            @PathVariable String offerId,
            @RequestParam(name = "in", required = false) @Nullable String in,
            Locale locale,
            Model model) {
        UUID id = parse(offerId).orElseThrow(() -> new NotFoundException("Offer"));
        PublicOffer offer = offers.find(id).orElseThrow(() -> new NotFoundException("Offer"));
        String address = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/offers/{id}")
                .buildAndExpand(id)
                .toUriString();
        model.addAttribute("offerPage", views.of(offer, in, locale, address));
        return "offer/page/show";
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id.length() == 36 ? Optional.of(UUID.fromString(id)) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
