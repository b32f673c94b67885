package be.nestwerk.platform.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The second factor in tests. MockMvc: {@link #provedAs} acts as a person who proved it in this session (in place
 * of Spring Security's {@code user(...)}). Browsers and real sessions: {@link #enrol} gives an account a known
 * secret, {@link #nextCode} the code the server accepts now, {@link #previousCode} one step older (accepted by the
 * one step of drift, which leaves the current step for the next proof).
 */
public final class SecondFactorFixtures {

    /** Codes this close to the end of their step are not handed out: the server might see the next step. */
    private static final Duration MARGIN = Duration.ofSeconds(3);

    private static final TotpCodes CODES = new TotpCodes();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecondFactorFixtures() {}

    /**
     * Acts as the person with their second factor proved; gives the account a factor first when it has none, since
     * a proof counts only for the account's current factor.
     */
    public static RequestPostProcessor provedAs(NestwerkUser user) {
        return request -> {
            WebApplicationContext context =
                    WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext());
            SecondFactorStore store = context.getBean(SecondFactorStore.class);
            Instant since = store.confirmedAt(user.id()).orElseGet(() -> {
                enrol(context, user.id());
                return store.confirmedAt(user.id()).orElseThrow();
            });
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
            authorities.add(FactorGrantedAuthority.withAuthority(SecondFactor.AUTHORITY)
                    .issuedAt(now.isBefore(since) ? since : now)
                    .build());
            return SecurityMockMvcRequestPostProcessors.authentication(
                            UsernamePasswordAuthenticationToken.authenticated(user, null, authorities))
                    .postProcessRequest(request);
        };
    }

    /** Gives the account a new, confirmed factor with a known secret (no recovery codes); returns it in Base32. */
    public static String enrol(ApplicationContext context, UUID accountId) {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        context.getBean(SecondFactorStore.class)
                .saveConfirmed(
                        accountId,
                        context.getBean(SecretCipher.class).encrypt(secret),
                        Instant.now().truncatedTo(ChronoUnit.MICROS));
        return Base32.encode(secret);
    }

    /** The code an authenticator app shows at that moment for the Base32 secret. */
    public static String code(String secret, Instant at) {
        return CODES.codeAt(Base32.decode(secret), at);
    }

    /**
     * A code the server accepts now for this account: of a step later than the last one it used, and not about to
     * expire. Waits (at most one step and a bit) when needed.
     */
    public static String nextCode(ApplicationContext context, UUID accountId, String secret) {
        SecondFactorStore store = context.getBean(SecondFactorStore.class);
        Instant deadline = Instant.now().plus(TotpCodes.STEP.multipliedBy(2));
        while (Instant.now().isBefore(deadline)) {
            Instant now = safeNow();
            Long lastUsed = store.find(accountId)
                    .map(SecondFactorStore.Factor::lastUsedStep)
                    .orElse(null);
            if (lastUsed == null || TotpCodes.stepAt(now) > lastUsed) {
                return code(secret, now);
            }
            pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException("No unused time step came up");
    }

    /** The code of the step before the current one. */
    public static String previousCode(String secret) {
        return code(secret, safeNow().minus(TotpCodes.STEP));
    }

    private static Instant safeNow() {
        Instant now = Instant.now();
        long intoStep = now.getEpochSecond() % TotpCodes.STEP.getSeconds();
        if (intoStep >= TotpCodes.STEP.getSeconds() - MARGIN.getSeconds()) {
            pause(Duration.ofSeconds(TotpCodes.STEP.getSeconds() - intoStep));
            now = Instant.now();
        }
        return now;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
