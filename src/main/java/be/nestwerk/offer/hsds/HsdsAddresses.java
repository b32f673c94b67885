package be.nestwerk.offer.hsds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Web and e-mail addresses as the HSDS formats (uri, email) accept them; anything else is left out. */
final class HsdsAddresses {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private HsdsAddresses() {}

    /** An absolute http(s) address, "https://" added to a bare host name; null when it is not one. */
    static @Nullable String web(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String address = value.strip().matches("(?i)https?://.*") ? value.strip() : "https://" + value.strip();
        try {
            URI uri = new URI(address);
            return uri.getHost() != null && uri.getHost().contains(".") ? uri.toASCIIString() : null;
        } catch (URISyntaxException notAnAddress) {
            return null;
        }
    }

    static @Nullable String email(@Nullable String value) {
        return value != null && EMAIL.matcher(value.strip()).matches() ? value.strip() : null;
    }
}
