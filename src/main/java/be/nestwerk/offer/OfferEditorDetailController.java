package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.platform.tenancy.NetworkDirectory;
import be.nestwerk.platform.tenancy.NetworkRef;
import be.nestwerk.platform.tenancy.RequiresNetworkRole;
import be.nestwerk.platform.tenancy.Role;
import be.nestwerk.platform.web.BusinessRuleException;
import be.nestwerk.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One offer on the staff pages: its working and published versions, submitting the draft for review, the history of
 * its versions, and the places left of its upcoming sessions.
 */
@Controller
@RequestMapping("/n/{slug}/offers/{offerId}")
@RequiresNetworkRole({Role.COORDINATOR, Role.PARTNER_ADMIN, Role.PROFESSIONAL})
class OfferEditorDetailController {

    /** The sessions shown for updating their places: those of the coming three months, at most this many. */
    private static final Duration UPCOMING = Duration.ofDays(92);

    private static final int MAX_SESSIONS = 40;

    /** A session as the detail page lists it, in Belgian time. */
    record UpcomingSession(
            UUID id,
            LocalDate date,
            LocalTime starts,
            LocalTime ends,
            @Nullable String place,
            @Nullable Integer capacity,
            @Nullable Integer placesLeft) {}

    private final NetworkDirectory networks;
    private final OfferCatalogue catalogue;
    private final OfferVersionHistory history;
    private final SessionPlaces places;
    private final OfferEditorChoices choices;
    private final MessageSource messages;
    private final Clock clock;

    OfferEditorDetailController(
            NetworkDirectory networks,
            OfferCatalogue catalogue,
            OfferVersionHistory history,
            SessionPlaces places,
            OfferEditorChoices choices,
            MessageSource messages,
            Clock clock) {
        this.networks = networks;
        this.catalogue = catalogue;
        this.history = history;
        this.places = places;
        this.choices = choices;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String detail(@PathVariable String slug, @PathVariable UUID offerId, Model model) {
        NetworkRef network = network(slug);
        return detail(model, network, catalogue.detail(network.id(), offerId), null, null);
    }

    @PostMapping("/submit")
    String submit(@PathVariable String slug, @PathVariable UUID offerId, RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        catalogue.submit(network.id(), offerId);
        redirect.addFlashAttribute("submitted", true);
        return "redirect:/n/" + network.slug() + "/offers/" + offerId;
    }

    @GetMapping("/history")
    String history(@PathVariable String slug, @PathVariable UUID offerId, Locale locale, Model model) {
        NetworkRef network = network(slug);
        OfferDetail offer = catalogue.detail(network.id(), offerId);
        model.addAttribute("network", network);
        model.addAttribute("offer", offer);
        model.addAttribute("entries", history.of(network.id(), offerId, locale));
        return "offer/editor/history";
    }

    @PostMapping("/sessions/{sessionId}/places")
    String updatePlaces(
            @PathVariable String slug,
            @PathVariable UUID offerId,
            @PathVariable UUID sessionId,
            @RequestParam(required = false) @Nullable String placesLeft,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NetworkRef network = network(slug);
        OfferDetail offer = catalogue.detail(network.id(), offerId);
        try {
            places.update(network.id(), offerId, sessionId, number(placesLeft));
        } catch (BusinessRuleException outOfRange) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String message = messages.getMessage(outOfRange.messageKey(), outOfRange.arguments(), locale);
            return detail(model, network, offer, sessionId, message);
        }
        redirect.addFlashAttribute("placesUpdated", true);
        return "redirect:/n/" + network.slug() + "/offers/" + offerId + "#sessions";
    }

    private String detail(
            Model model,
            NetworkRef network,
            OfferDetail offer,
            @Nullable UUID sessionWithError,
            @Nullable String placesError) {
        model.addAttribute("network", network);
        model.addAttribute("offer", offer);
        model.addAttribute("sessions", upcoming(network, offer));
        model.addAttribute("choices", choices);
        model.addAttribute("sessionWithError", sessionWithError);
        model.addAttribute("placesError", placesError);
        model.addAttribute(
                "dueForReview",
                offer.offer().isPublished()
                        && offer.offer()
                                .lastReviewedOn()
                                .isBefore(LocalDate.now(clock.withZone(SessionOccurrences.BELGIUM))
                                        .minusMonths(12)));
        return "offer/editor/detail";
    }

    private List<UpcomingSession> upcoming(NetworkRef network, OfferDetail offer) {
        OfferVersion published = offer.published();
        if (published == null || published.content().kind() != OfferKind.ACTIVITY) {
            return List.of();
        }
        Map<UUID, Place> placesById = OfferWording.byId(published.content().places());
        Instant now = clock.instant();
        ZoneId belgium = SessionOccurrences.BELGIUM;
        return places.upcoming(network.id(), offer.offer().id(), now, now.plus(UPCOMING)).stream()
                .limit(MAX_SESSIONS)
                .map(session -> {
                    LocalDateTime starts = LocalDateTime.ofInstant(session.startsAt(), belgium);
                    Place place = session.placeId() == null ? null : placesById.get(session.placeId());
                    return new UpcomingSession(
                            session.id(),
                            starts.toLocalDate(),
                            starts.toLocalTime(),
                            LocalDateTime.ofInstant(session.endsAt(), belgium).toLocalTime(),
                            place == null ? null : place.name() != null ? place.name() : place.postcode(),
                            session.capacity(),
                            session.placesLeft());
                })
                .toList();
    }

    /** The number typed, or null (explained as out of range) when it is none. */
    private static @Nullable Integer number(@Nullable String typed) {
        if (typed == null || !typed.strip().matches("-?[0-9]{1,7}")) {
            return null;
        }
        return Integer.valueOf(typed.strip());
    }

    private NetworkRef network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
    }
}
