package be.nestwerk.referral;

/** On which side of a referral someone stands: the partner that sent it, or the partner it was sent to. */
enum ReferralSide {
    SENDER,
    RECEIVER
}
