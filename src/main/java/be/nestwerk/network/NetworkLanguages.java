package be.nestwerk.network;

import java.util.Collection;
import java.util.List;

/** The languages a network can say it works in (ISO 639-1), each labelled "network.language.CODE". */
public final class NetworkLanguages {

    public static final List<String> CODES =
            List.of("nl", "fr", "en", "ar", "tr", "pl", "ro", "bg", "uk", "ru", "so", "ti", "es", "pt", "de");

    private NetworkLanguages() {}

    public static boolean allKnown(Collection<String> codes) {
        return CODES.containsAll(codes);
    }
}
