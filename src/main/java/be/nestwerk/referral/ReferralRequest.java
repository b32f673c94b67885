package be.nestwerk.referral;

import org.jspecify.annotations.Nullable;

/** Why the family is referred, what the family itself wants, and how the receiving partner best engages them. */
record ReferralRequest(
        String reason,
        String familyWishes,
        @Nullable String language,
        boolean interpreterNeeded,
        @Nullable String contactRoute,
        @Nullable String contactTimes) {}
