package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.Place;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the public offer page shows, already in words: the offer's texts in the chosen language (or Dutch,
 * marked), and the five B's (begrijpbaar, bereikbaar, beschikbaar, betaalbaar, bruikbaar) of seed 004.
 */
record OfferPageView(
        PublicOffer offer,
        OfferPageLanguage language,
        String wantedLanguageName,
        List<LanguageLink> writtenIn,
        ShownText name,
        @Nullable ShownText summary,
        @Nullable ShownText description,
        @Nullable ShownText howToAccess,
        @Nullable ShownText whatToBring,
        @Nullable ShownText costNote,
        @Nullable ShownText gettingThere,
        String ages,
        List<Audience> audiences,
        List<PlaceLine> places,
        List<FiveBs.DayHours> openingHours,
        List<FiveBs.ClosureLine> closures,
        List<FiveBs.SessionLine> sessions,
        List<String> registrationLinks,
        List<String> registrationPhones,
        List<String> costs,
        List<AccessMode> accessModes,
        List<LanguageLink> offeredIn,
        String lastChecked,
        ShareLinks share) {

    /** A language the offer is written or given in, by its own name. */
    record LanguageLink(String code, String nativeName, String direction, boolean current) {}

    /** A public place, with a link to it on OpenStreetMap when its position is known. */
    record PlaceLine(Place place, @Nullable String mapUrl) {}

    public OfferContent content() {
        return offer.content();
    }

    public boolean inactive() {
        return offer.content().status() == OfferStatus.INACTIVE;
    }

    public boolean temporarilyClosed() {
        return offer.content().status() == OfferStatus.TEMPORARILY_CLOSED;
    }

    public boolean hasContact() {
        OfferContent.Contact contact = offer.content().contact();
        return contact.email() != null
                || contact.phone() != null
                || contact.website() != null
                || contact.registrationUrl() != null;
    }

    /** The phone number as a tel: address (no spaces). */
    public String tel(String phone) {
        return "tel:" + phone.replaceAll("[^0-9+]", "");
    }
}
