package be.nestwerk.referral;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One step of a referral's way, with who took it (no one: the family itself), for which organisation, and when. */
record ReferralStep(
        UUID referralId,
        ReferralStatus status,
        @Nullable ReferralOutcome outcome,
        @Nullable DeclineReason declineReason,
        @Nullable String note,
        @Nullable UUID byAccount,
        UUID byOrganisation,
        Instant at) {}
