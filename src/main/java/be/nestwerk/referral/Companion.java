package be.nestwerk.referral;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The volunteer who goes along with the family to the first visit of a warm referral: the meeting, whether they may
 * see how to reach the family, who named them, and when they went along.
 */
record Companion(
        UUID referralId,
        UUID networkId,
        UUID account,
        LocalDateTime meetingAt,
        String meetingPlace,
        boolean shareContact,
        UUID namedBy,
        Instant namedAt,
        @Nullable UUID doneBy,
        @Nullable Instant doneAt) {

    public boolean done() {
        return doneAt != null;
    }
}
