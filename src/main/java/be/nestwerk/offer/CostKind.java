package be.nestwerk.offer;

/** How an offer is paid for. Label "offer.cost.NAME". */
public enum CostKind {
    FREE,
    FIXED_PRICE,
    INCOME_RELATED,
    UITPAS_REDUCED
}
