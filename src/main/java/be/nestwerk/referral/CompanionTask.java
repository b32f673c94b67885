package be.nestwerk.referral;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A companion task as the volunteer sees it: only what going along needs — how the family is called, their language
 * and whether an interpreter comes, where to go, when and where to meet, and how to reach the family only when the
 * sender shared it. Never the reason, the wishes, the children or the referral's notes.
 */
record CompanionTask(
        UUID referralId,
        String family,
        @Nullable String language,
        boolean interpreterNeeded,
        String partnerName,
        String partnerAddress,
        LocalDateTime meetingAt,
        String meetingPlace,
        @Nullable String contactRoute,
        @Nullable Instant doneAt) {}
