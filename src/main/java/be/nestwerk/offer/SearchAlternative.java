package be.nestwerk.offer;

import org.jspecify.annotations.Nullable;

/**
 * A way out of an empty result: one filter relaxed, and how many offers that finds.
 *
 * @param km the wider radius, for {@link Relaxation#WIDER_RADIUS}
 * @param word the one word to look for, for {@link Relaxation#ONE_WORD}
 */
public record SearchAlternative(
        Relaxation relaxation,
        long count,
        @Nullable Integer km,
        @Nullable String word) {

    public enum Relaxation {
        WIDER_RADIUS,
        ANYWHERE,
        ONE_WORD,
        WITHOUT_TEXT,
        WITHOUT_FREE_ONLY,
        WITHOUT_DAY,
        WITHOUT_LANGUAGE,
        WITHOUT_THEME,
        WITHOUT_AGE,
        ALL_NETWORKS
    }

    static SearchAlternative of(Relaxation relaxation, long count) {
        return new SearchAlternative(relaxation, count, null, null);
    }
}
