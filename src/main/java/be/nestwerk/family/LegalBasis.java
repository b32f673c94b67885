package be.nestwerk.family;

/** Why an organisation may keep a family's data (GDPR article 6), recorded when the family is registered. */
public enum LegalBasis {
    CONSENT,
    PUBLIC_TASK,
    LEGAL_OBLIGATION,
    VITAL_INTERESTS
}
