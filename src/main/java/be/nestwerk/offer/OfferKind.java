package be.nestwerk.offer;

/** A continuing service (opening hours) or an activity with dated sessions. Label key "offer.kind.NAME". */
public enum OfferKind {
    SERVICE,
    ACTIVITY
}
