package be.nestwerk.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Addresses to go on to after a step such as signing in or proving a second factor: only a path of this site
 * ({@code /…}), never another site ({@code //host}, {@code https://…}, {@code /\host}), so that a link cannot send a
 * person elsewhere after they proved who they are.
 */
public final class LocalPaths {

    static final int MAX_LENGTH = 2000;

    private LocalPaths() {}

    /** The path with its query, safe to redirect to; empty when it is not a local path. */
    public static Optional<String> of(@Nullable String path) {
        if (path == null
                || path.isEmpty()
                || path.length() > MAX_LENGTH
                || path.charAt(0) != '/'
                || path.startsWith("//")
                || path.indexOf('\\') >= 0
                || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        // Spring reads braces in a redirect as URI template variables
        String escaped = path.replace("{", "%7B").replace("}", "%7D");
        try {
            URI uri = new URI(escaped);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return Optional.empty();
            }
        } catch (URISyntaxException unreadable) {
            return Optional.empty();
        }
        return Optional.of(escaped);
    }
}
