package be.nestwerk.family;

/** How the family gave its consent. */
public enum ConsentForm {
    VERBAL,
    WRITTEN,
    DIGITAL
}
