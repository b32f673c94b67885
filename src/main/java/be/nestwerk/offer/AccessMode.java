package be.nestwerk.offer;

/** How a family gets access. Label "offer.access.NAME". */
public enum AccessMode {
    WALK_IN,
    APPOINTMENT,
    REGISTRATION,
    REFERRAL_NEEDED
}
