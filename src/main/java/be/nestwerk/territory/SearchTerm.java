package be.nestwerk.territory;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a person typed in a territory search box, tidied: spaces collapsed and hyphens read as spaces, so that
 * "sint niklaas" finds Sint-Niklaas. Accents and case are folded by {@code nw_fold} in the database, on the same
 * terms as the indexed names; the patterns below escape LIKE wildcards for {@code escape '\'}.
 */
record SearchTerm(String text) {

    private static final Pattern POSTCODE_PREFIX = Pattern.compile("\\d{1,4}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static SearchTerm of(@Nullable String raw) {
        String text = raw == null ? "" : raw.replace('-', ' ');
        return new SearchTerm(SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT));
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    /** One to four digits: the start of a postcode. */
    boolean isPostcodePrefix() {
        return POSTCODE_PREFIX.matcher(text).matches();
    }

    String exact() {
        return text;
    }

    String prefix() {
        return escaped() + "%";
    }

    String wordPrefix() {
        return "% " + escaped() + "%";
    }

    String contains() {
        return "%" + escaped() + "%";
    }

    private String escaped() {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
