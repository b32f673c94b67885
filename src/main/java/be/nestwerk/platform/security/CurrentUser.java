package be.nestwerk.platform.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person behind the current request, whether signed in through a session or an API token. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<NestwerkUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof NestwerkUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static NestwerkUser require() {
        return get().orElseThrow(() ->
                new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                        "Not signed in"));
    }
}
