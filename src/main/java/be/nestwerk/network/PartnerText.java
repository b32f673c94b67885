package be.nestwerk.network;

import org.jspecify.annotations.Nullable;

/** Free text as people type it: surrounding blanks dropped, an empty field stored as nothing. */
final class PartnerText {

    private PartnerText() {}

    static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
