package be.nestwerk.offer;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The language an offer page shows its texts in. The family asks for one ({@code ?in=}) or gets the language of the
 * site; when the offer has no text in it, the page shows the Dutch text and says so ({@link #notTranslated}).
 */
record OfferPageLanguage(String shown, String wanted) {

    static OfferPageLanguage choose(Set<String> written, @Nullable String requested, String uiLanguage) {
        String asked = requested == null ? "" : requested.strip().toLowerCase(Locale.ROOT);
        // an unknown code is ignored like an unknown ?lang=: a shared link with a typo still opens the page
        String wanted = ContentLanguage.isKnown(asked) ? asked : uiLanguage;
        String shown = written.contains(wanted) ? wanted : ContentLanguage.DUTCH;
        return new OfferPageLanguage(shown, wanted);
    }

    public boolean notTranslated() {
        return !shown.equals(wanted);
    }

    public String direction() {
        return ContentLanguage.isRightToLeft(shown) ? "rtl" : "ltr";
    }

    /** The wanted language's name in the language of the site ("Pools", "Polish", "polonais"). */
    String wantedName(Locale ui) {
        return Locale.forLanguageTag(wanted).getDisplayLanguage(ui);
    }
}
