package be.nestwerk.offer;

/** Whether families can use the offer now; HSDS "active", "temporarily closed", "inactive". Label "offer.status.NAME". */
public enum OfferStatus {
    ACTIVE,
    TEMPORARILY_CLOSED,
    INACTIVE
}
