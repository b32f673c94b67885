package be.nestwerk.family;

import be.nestwerk.platform.pdf.PdfDocuments;
import java.util.List;
import java.util.Locale;

/**
 * The languages of the documents a family takes home (its family plan, the overview of its data): the product's
 * three, and the written home languages most spoken among families new to Flanders and Brussels whose script the PDF
 * can set (Arabic right to left). Their labels are in the messages/documents bundle.
 */
final class DocumentLanguages {

    static final List<String> ALL = List.of("nl", "fr", "en", "ar", "bg", "es", "pl", "ro", "ru", "tr", "uk");

    private DocumentLanguages() {}

    static boolean supports(String language) {
        return ALL.contains(language);
    }

    /** The first of the family's home languages that a document can be given in, or the empty string if none. */
    static String of(Family family) {
        return family.homeLanguages().stream()
                .filter(DocumentLanguages::supports)
                .findFirst()
                .orElse("");
    }

    /** The language to give a document in: the one asked for if a document exists in it, else the family's own. */
    static Locale chosen(String asked, Family family, Locale fallback) {
        String language = supports(asked) ? asked : of(family);
        return language.isEmpty() ? fallback : Locale.forLanguageTag(language);
    }

    static String direction(Locale locale) {
        return PdfDocuments.rightToLeft(locale.getLanguage()) ? "rtl" : "ltr";
    }
}
