package be.nestwerk.offer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The columns of an offer spreadsheet. Texts are per content language ({@code name_nl}, {@code summary_fr}, …);
 * every other column holds one value, or several separated by {@code |}. Each column has a description
 * "offer.import.column.NAME" shown on the import page.
 */
final class CsvColumns {

    static final String LIST_SEPARATOR = "|";

    /** The text columns, without their language suffix, in the order of {@link OfferDescription#TEXT_PARTS}. */
    static final List<String> TEXTS =
            List.of("name", "summary", "description", "how_to_access", "what_to_bring", "cost_note", "getting_there");

    static final List<String> OTHERS = List.of(
            "kind",
            "status",
            "pillars",
            "functions",
            "essential_functions",
            "life_domains",
            "taxonomy_terms",
            "age_from_months",
            "age_to_months",
            "audiences",
            "universal",
            "languages",
            "interpreter",
            "cost_kind",
            "cost_amount",
            "cost_maximum",
            "uitpas_amount",
            "access_modes",
            "email",
            "phone",
            "website",
            "registration_url",
            "place_name",
            "place_street",
            "place_postcode",
            "place_wheelchair",
            "place_confidential",
            "online",
            "by_phone",
            "opening_hours",
            "session_date",
            "session_start",
            "session_end",
            "session_rrule",
            "session_capacity",
            "session_places_left");

    /** A file without these columns is refused as a whole. */
    static final List<String> REQUIRED = List.of("name_nl", "kind");

    static final Set<String> PLACE =
            Set.of("place_name", "place_street", "place_postcode", "place_wheelchair", "place_confidential");
    static final Set<String> SESSION = Set.of(
            "session_date", "session_start", "session_end", "session_rrule", "session_capacity", "session_places_left");

    private CsvColumns() {}

    static String text(String part, String language) {
        return part + "_" + language;
    }

    static boolean isKnown(String column) {
        return OTHERS.contains(column)
                || TEXTS.stream()
                        .anyMatch(part -> column.startsWith(part + "_")
                                && ContentLanguage.isKnown(column.substring(part.length() + 1)));
    }

    /** The columns as the template and the import page list them: Dutch texts, two translations, then the rest. */
    static List<String> documented() {
        List<String> columns = new ArrayList<>();
        TEXTS.forEach(part -> columns.add(text(part, ContentLanguage.DUTCH)));
        Stream.of("fr", "en").forEach(language -> {
            columns.add(text("name", language));
            columns.add(text("summary", language));
        });
        columns.addAll(OTHERS);
        return columns;
    }
}
