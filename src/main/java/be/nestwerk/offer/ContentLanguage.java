package be.nestwerk.offer;

import java.util.List;
import java.util.Locale;

/**
 * The languages an offer's text can be written in (ISO 639-1). Dutch is required; a missing translation falls back
 * to Dutch, visibly marked. Arabic is written right to left.
 */
public final class ContentLanguage {

    public static final String DUTCH = "nl";

    public static final List<String> ALL =
            List.of("nl", "fr", "en", "ar", "tr", "pl", "ro", "bg", "uk", "ru", "so", "ti", "es", "pt", "de");

    private static final List<String> RIGHT_TO_LEFT = List.of("ar");

    private ContentLanguage() {}

    public static boolean isKnown(String code) {
        return ALL.contains(code);
    }

    public static boolean isRightToLeft(String code) {
        return RIGHT_TO_LEFT.contains(code);
    }

    /** The language's own name ("Nederlands", "français", "العربية"), as families recognise it. */
    public static String nativeName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
