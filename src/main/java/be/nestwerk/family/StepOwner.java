package be.nestwerk.family;

/** Who takes a step of a family plan. */
public enum StepOwner {
    ORGANISATION,
    FAMILY,
    PERSON
}
