package be.nestwerk.family;

/** How a consent was revoked: through a professional, or by the family through its personal link. */
public enum RevocationChannel {
    PROFESSIONAL,
    PERSONAL_LINK
}
