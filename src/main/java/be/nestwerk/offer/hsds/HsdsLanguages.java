package be.nestwerk.offer.hsds;

import be.nestwerk.offer.ContentLanguage;
import java.util.Locale;
import java.util.Optional;

/** Recognises one of our content languages in what a dataset gives: ISO 639-1 or 639-2 code, or its name. */
final class HsdsLanguages {

    private HsdsLanguages() {}

    static Optional<String> code(String given) {
        String value = given.strip().toLowerCase(Locale.ROOT);
        String primary = value.split("[-_]")[0];
        for (String code : ContentLanguage.ALL) {
            Locale language = Locale.forLanguageTag(code);
            if (primary.equals(code)
                    || primary.equals(language.getISO3Language())
                    || primary.equals(bibliographic(code))
                    || value.equals(language.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT))
                    || value.equals(language.getDisplayLanguage(language).toLowerCase(language))) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /** The ISO 639-2/B codes that differ from the terminology codes Java gives. */
    private static String bibliographic(String code) {
        return switch (code) {
            case "nl" -> "dut";
            case "fr" -> "fre";
            case "ro" -> "rum";
            case "de" -> "ger";
            default -> code;
        };
    }
}
