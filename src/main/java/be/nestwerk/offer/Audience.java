package be.nestwerk.offer;

/** Who an offer is meant for. Label "offer.audience.NAME". */
public enum Audience {
    PARENTS_TO_BE,
    PARENTS_AND_CARERS,
    CHILDREN,
    YOUNGSTERS,
    PROFESSIONALS
}
