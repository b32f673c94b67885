package be.nestwerk.platform.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * RFC 6238 codes as authenticator apps make them: HMAC-SHA1, 30-second steps, 6 digits. A code is accepted for the
 * step before and after the current one (a phone's clock drifts), and only for a step later than the last one used,
 * so that a code seen over a shoulder or replayed from a log cannot be used again.
 */
final class TotpCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    static final int DRIFT_STEPS = 1;

    enum Outcome {
        ACCEPTED,
        /** The code was right for a step that has already been used. */
        REPLAYED,
        WRONG
    }

    /** The outcome and, when accepted, the step the code belongs to. */
    record Check(Outcome outcome, long step) {

        static final Check WRONG = new Check(Outcome.WRONG, -1);

        boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }
    }

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(
            STEP, DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.getSeconds());
    }

    /** Six digits, with leading zeros, as an app shows them. */
    String codeAt(byte[] secret, Instant instant) {
        try {
            return generator.generateOneTimePasswordString(key(secret), instant, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A TOTP secret is not usable as an HMAC key", e);
        }
    }

    /** A typed code: digits only, spaces ignored; anything else is no code at all. */
    static @Nullable String normalise(String typed) {
        String code = typed.replaceAll("\\s", "");
        return code.length() == DIGITS && code.chars().allMatch(c -> c >= '0' && c <= '9') ? code : null;
    }

    Check check(byte[] secret, String typed, Instant now, @Nullable Long lastUsedStep) {
        String code = normalise(typed);
        if (code == null) {
            return Check.WRONG;
        }
        long current = stepAt(now);
        boolean replayed = false;
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (same(code, codeAt(secret, Instant.ofEpochSecond(step * STEP.getSeconds())))) {
                if (lastUsedStep == null || step > lastUsedStep) {
                    return new Check(Outcome.ACCEPTED, step);
                }
                replayed = true;
            }
        }
        return replayed ? new Check(Outcome.REPLAYED, -1) : Check.WRONG;
    }

    private static boolean same(String typed, String expected) {
        return MessageDigest.isEqual(
                typed.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII));
    }

    private SecretKeySpec key(byte[] secret) {
        return new SecretKeySpec(secret, generator.getAlgorithm());
    }
}
