package be.nestwerk.network;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Web addresses of networks: "Huis van het Kind Sint-Niklaas" becomes "huis-van-het-kind-sint-niklaas". */
final class Slugs {

    static final int MAX_LENGTH = 60;

    private Slugs() {}

    static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "netwerk" : slug;
    }

    /** The slug of the name, numbered (-2, -3, …) when it is taken already. */
    static String unique(String name, Predicate<String> taken) {
        String base = of(name);
        String candidate = base;
        for (int number = 2; taken.test(candidate); number++) {
            candidate = base + "-" + number;
        }
        return candidate;
    }
}
