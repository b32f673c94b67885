package be.nestwerk.family;

/** What a consent allows a partner to do with the family's data. */
public enum ConsentPurpose {
    REFERRAL,
    FAMILY_PLAN,
    CASE_CONSULTATION
}
