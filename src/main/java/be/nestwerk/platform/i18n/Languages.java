package be.nestwerk.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The product's languages: Dutch first (the default, and the networks' working language), English and French. */
public final class Languages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH, Locale.FRENCH);

    private Languages() {}

    /** The supported language whose tag this is exactly ("nl", "en", "fr"), if any. */
    public static Optional<Locale> supported(@Nullable String tag) {
        return SUPPORTED.stream()
                .filter(locale -> locale.toLanguageTag().equals(tag))
                .findFirst();
    }

    public static List<String> tags() {
        return SUPPORTED.stream().map(Locale::toLanguageTag).toList();
    }
}
