package be.nestwerk.offer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Makes a PostgreSQL tsquery (Dutch configuration) from what a family typed: accent-folded words, each also matched
 * as a prefix, all required. Typo correction against the vocabulary happens before, in the search.
 */
public final class TextQuery {

    static final int MAX_WORDS = 8;

    private TextQuery() {}

    /** The words of the text, folded like the search document (lower case, no accents); at most {@link #MAX_WORDS}. */
    public static List<String> words(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return SearchWords.of(folded).distinct().limit(MAX_WORDS).toList();
    }

    /** "(w1 | w1:*) & (w2 | w2:*)"; null when there are no words. Words are letters only, so nothing needs quoting. */
    public static @Nullable String of(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        return words.stream().map(word -> word + ":*").collect(Collectors.joining(" & "));
    }
}
