package be.nestwerk.platform.mail;

import java.time.Duration;

/** Exponential back-off between delivery attempts, capped so that a mail is retried at least every {@code max}. */
record RetryPolicy(Duration first, Duration max) {

    RetryPolicy {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("Back-off must be positive and max >= first");
        }
    }

    /** The wait before the next attempt, after {@code failedAttempts} attempts failed (1 or more). */
    Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
