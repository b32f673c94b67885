package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferContent.SessionSeries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the public offer page from a published offer, in the family's language. */
@Component
class OfferPageViews {

    /** The page lists the next few sessions; the calendar has them all. */
    static final int SESSIONS_SHOWN = 6;

    static final Duration SESSIONS_AHEAD = Duration.ofDays(183);

    private final PublishedOffers offers;
    private final MessageSource messages;
    private final Clock clock;

    OfferPageViews(PublishedOffers offers, MessageSource messages, Clock clock) {
        this.offers = offers;
        this.messages = messages;
        this.clock = clock;
    }

    /** {@code address} is the page's absolute address; the shared address keeps the language of the text shown. */
    OfferPageView of(PublicOffer offer, @Nullable String requestedLanguage, Locale ui, String address) {
        OfferContent content = offer.content();
        OfferPageLanguage language =
                OfferPageLanguage.choose(content.texts().keySet(), requestedLanguage, ui.getLanguage());
        String shown = language.shown();
        FiveBs words = new FiveBs(messages, ui);
        LocalDate today = LocalDate.now(clock.withZone(SessionOccurrences.BELGIUM));
        ShownText name = Objects.requireNonNull(ShownText.of(content, shown, OfferText::name));
        return new OfferPageView(
                offer,
                language,
                language.wantedName(ui),
                links(content.texts().keySet().stream(), shown),
                name,
                ShownText.of(content, shown, OfferText::summary),
                ShownText.of(content, shown, OfferText::description),
                ShownText.of(content, shown, OfferText::howToAccess),
                ShownText.of(content, shown, OfferText::whatToBring),
                ShownText.of(content, shown, OfferText::costNote),
                ShownText.of(content, shown, OfferText::gettingThere),
                words.ages(content.ages()),
                content.audiences().stream().sorted().toList(),
                content.places().stream()
                        .map(place -> new OfferPageView.PlaceLine(place, mapUrl(place)))
                        .toList(),
                words.openingHours(content.openingHours(), content.places()),
                words.closures(content.closures(), today),
                sessions(offer, words),
                Stream.concat(
                                Stream.of(content.contact().registrationUrl()),
                                content.sessions().stream().map(SessionSeries::registrationUrl))
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList(),
                content.sessions().stream()
                        .map(SessionSeries::registrationPhone)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList(),
                words.costs(content.costs()),
                content.accessModes().stream().sorted().toList(),
                links(content.languages().stream(), shown),
                words.date(
                        offer.lastReviewedOn() != null
                                ? offer.lastReviewedOn()
                                : LocalDate.ofInstant(offer.publishedAt(), SessionOccurrences.BELGIUM)),
                ShareLinks.of(shown.equals(ContentLanguage.DUTCH) ? address : address + "?in=" + shown, name.text()));
    }

    /**
     * Only the offer's public places name a session's place, and only when there is more than one to choose from: a
     * session at a confidential place is shown without one.
     */
    private List<FiveBs.SessionLine> sessions(PublicOffer offer, FiveBs words) {
        Map<UUID, Place> places =
                offer.content().places().stream().collect(Collectors.toMap(Place::id, Function.identity()));
        Instant now = clock.instant();
        return offers.sessions(offer.id(), now, now.plus(SESSIONS_AHEAD)).stream()
                .limit(SESSIONS_SHOWN)
                .map(session -> words.session(
                        session, session.placeId() == null || places.size() < 2 ? null : places.get(session.placeId())))
                .toList();
    }

    private static List<OfferPageView.LanguageLink> links(Stream<String> codes, String current) {
        return codes.filter(ContentLanguage::isKnown)
                .sorted(Comparator.comparingInt(ContentLanguage.ALL::indexOf))
                .map(code -> new OfferPageView.LanguageLink(
                        code,
                        ContentLanguage.nativeName(code),
                        ContentLanguage.isRightToLeft(code) ? "rtl" : "ltr",
                        code.equals(current)))
                .toList();
    }

    private static @Nullable String mapUrl(Place place) {
        if (place.latitude() == null || place.longitude() == null) {
            return null;
        }
        String lat = String.format(Locale.ROOT, "%.5f", place.latitude());
        String lon = String.format(Locale.ROOT, "%.5f", place.longitude());
        return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon;
    }
}
