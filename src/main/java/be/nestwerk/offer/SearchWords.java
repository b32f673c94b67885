package be.nestwerk.offer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/** Splits text into the words a family may type: letters only, 3 to 80 characters, lower case. */
final class SearchWords {

    private SearchWords() {}

    static Stream<String> of(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(word -> word.length() >= 3 && word.length() <= 80);
    }
}
