package be.nestwerk.offer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Makes a PostgreSQL tsquery (Dutch configuration) from what a family typed: accent-folded words, each also matched
 * as a prefix, all required. Typo correction against the vocabulary ({@link TypoCorrection}) happens before and adds
 * the nearest known word as an alternative to a word nobody used.
 */
public final class TextQuery {

    static final int MAX_WORDS = 8;

    private TextQuery() {}

    /**
     * One typed word and, when the vocabulary did not know it, the nearest word it does know; {@code stems} are what
     * the in-memory index looks for as prefixes of its lexemes (the Dutch stems of both, as PostgreSQL makes them).
     */
    record Term(String word, @Nullable String correction, List<String> stems) {

        Term {
            stems = List.copyOf(stems);
        }

        /** A term whose stems are the words themselves (for words without an ending to strip). */
        Term(String word, @Nullable String correction) {
            this(word, correction, correction == null ? List.of(word) : List.of(word, correction));
        }

        static Term of(String word) {
            return new Term(word, null);
        }

        Stream<String> variants() {
            return correction == null ? Stream.of(word) : Stream.of(word, correction);
        }
    }

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

    /** "w1:* & w2:*"; null when there are no words. Words are letters only, so nothing needs quoting. */
    public static @Nullable String of(List<String> words) {
        return allOf(words.stream().map(Term::of).toList());
    }

    /** Every term must match, each as typed or as corrected: "(w1:* | c1:*) & w2:*"; null without terms. */
    static @Nullable String allOf(List<Term> terms) {
        return join(terms, "", " & ");
    }

    /** Any term may match: "w1:* | c1:* | w2:*"; null without terms. */
    static @Nullable String anyOf(List<Term> terms) {
        return terms.isEmpty()
                ? null
                : terms.stream().flatMap(Term::variants).map(w -> w + ":*").collect(Collectors.joining(" | "));
    }

    /**
     * Like {@link #allOf} but matched only in the parts of the document with these weights ("A" the name, "AB" the
     * name, summary and themes).
     */
    static @Nullable String allOfIn(List<Term> terms, String weights) {
        return join(terms, weights, " & ");
    }

    private static @Nullable String join(List<Term> terms, String weights, String operator) {
        if (terms.isEmpty()) {
            return null;
        }
        return terms.stream()
                .map(term -> term.correction() == null
                        ? term.word() + ":*" + weights
                        : "(" + term.word() + ":*" + weights + " | " + term.correction() + ":*" + weights + ")")
                .collect(Collectors.joining(operator));
    }
}
