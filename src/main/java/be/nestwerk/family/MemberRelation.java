package be.nestwerk.family;

/** How a family member relates to the children; the one who gives consent is one of them. */
public enum MemberRelation {
    PARENT,
    CARER,
    GUARDIAN,
    YOUNGSTER,
    OTHER
}
