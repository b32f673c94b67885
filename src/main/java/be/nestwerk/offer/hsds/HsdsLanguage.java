package be.nestwerk.offer.hsds;

import be.nestwerk.offer.ContentLanguage;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The language of an answer's texts: {@code ?lang=} (one of the 15 content languages), else the first content
 * language of Accept-Language, else Dutch. Texts that Nestwerk itself writes (labels of taxonomy terms, cost kinds)
 * are in that language when it is Dutch, English or French, and in Dutch otherwise.
 */
record HsdsLanguage(String code) {

    private static final List<String> INTERFACE_LANGUAGES = List.of("nl", "en", "fr");

    static HsdsLanguage choose(@Nullable String lang, @Nullable String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            String code = lang.strip().toLowerCase(Locale.ROOT);
            if (!ContentLanguage.isKnown(code)) {
                throw new HsdsParameterException(
                        "offer.hsds.problem.lang", lang, String.join(", ", ContentLanguage.ALL));
            }
            return new HsdsLanguage(code);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String code = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (ContentLanguage.isKnown(code)) {
                        return new HsdsLanguage(code);
                    }
                }
            } catch (IllegalArgumentException unreadable) {
                // a malformed header is no reason to refuse the answer; Dutch it is
            }
        }
        return new HsdsLanguage(ContentLanguage.DUTCH);
    }

    Locale messageLocale() {
        return Locale.forLanguageTag(INTERFACE_LANGUAGES.contains(code) ? code : ContentLanguage.DUTCH);
    }
}
