package be.nestwerk.offer;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One text of an offer as the page shows it: in the chosen language, or in Dutch when that part is not translated
 * ({@code fallback}), so that the page can mark it and screen readers read it in the right language.
 */
record ShownText(String text, String language, boolean fallback) {

    static @Nullable ShownText of(
            OfferContent content, String language, Function<OfferContent.OfferText, @Nullable String> part) {
        OfferContent.OfferText translated = content.texts().get(language);
        String text = translated == null ? null : part.apply(translated);
        if (text != null && !text.isBlank()) {
            return new ShownText(text, language, false);
        }
        String dutch = part.apply(content.text(ContentLanguage.DUTCH));
        return dutch == null || dutch.isBlank()
                ? null
                : new ShownText(dutch, ContentLanguage.DUTCH, !language.equals(ContentLanguage.DUTCH));
    }

    public String direction() {
        return ContentLanguage.isRightToLeft(language) ? "rtl" : "ltr";
    }
}
