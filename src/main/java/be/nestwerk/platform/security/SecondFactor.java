package be.nestwerk.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Whether the current request's person has proved their second factor in this session. The proof is a
 * {@link FactorGrantedAuthority} {@value #AUTHORITY} on the session's authentication, as Spring Security models
 * factors; it counts only while the factor it proved is still the account's current one (not reset, not enrolled
 * anew since), so a coordinator's reset takes effect in every open session at once.
 */
@Component
public class SecondFactor {

    /** The factor's authority, next to Spring Security's own {@code FACTOR_PASSWORD}. */
    public static final String AUTHORITY = "FACTOR_TOTP";

    private final SecondFactorStore store;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactor(SecondFactorStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public boolean isProved() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof NestwerkUser user)) {
            return false;
        }
        Optional<Instant> provedAt = provedAt(authentication);
        return provedAt.isPresent()
                && store.confirmedAt(user.id())
                        .filter(confirmed -> !provedAt.get().isBefore(confirmed))
                        .isPresent();
    }

    /**
     * Adds the proof to the signed-in person's authentication and keeps it in the session, under a new session id
     * (the session just gained rights). {@code since}: when the proved factor was confirmed.
     */
    public void markProved(HttpServletRequest request, HttpServletResponse response, Instant since) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant at = now.isBefore(since) ? since : now;
        Authentication proved = CurrentAuthentication.withFactor(
                current(),
                FactorGrantedAuthority.withAuthority(AUTHORITY).issuedAt(at).build());
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        replace(request, response, proved);
    }

    /** Takes the proof away from this session (after the person reset their factor). */
    public void forget(HttpServletRequest request, HttpServletResponse response) {
        replace(request, response, CurrentAuthentication.withoutFactor(current(), AUTHORITY));
    }

    static Optional<Instant> provedAt(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance)
                .map(FactorGrantedAuthority.class::cast)
                .filter(factor -> AUTHORITY.equals(factor.getAuthority()))
                .map(FactorGrantedAuthority::getIssuedAt)
                .max(Instant::compareTo);
    }

    private static Authentication current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof NestwerkUser)) {
            throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                    "Not signed in");
        }
        return authentication;
    }

    private void replace(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Spring Security's builder keeps the authentication's type, principal and details; only the factors change. */
    private static final class CurrentAuthentication {

        static Authentication withFactor(Authentication authentication, GrantedAuthority factor) {
            return authentication.toBuilder()
                    .authorities(authorities -> {
                        authorities.removeIf(a -> factor.getAuthority().equals(a.getAuthority()));
                        authorities.add(factor);
                    })
                    .build();
        }

        static Authentication withoutFactor(Authentication authentication, String authority) {
            return authentication.toBuilder()
                    .authorities(authorities -> authorities.removeIf(a -> authority.equals(a.getAuthority())))
                    .build();
        }
    }
}
