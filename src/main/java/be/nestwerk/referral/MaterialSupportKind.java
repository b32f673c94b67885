package be.nestwerk.referral;

/** What material support a family received. Label "referral.support.kind.NAME". */
enum MaterialSupportKind {
    NAPPY_BANK,
    FOOD,
    CLOTHES,
    SCHOOL_SUPPLIES,
    OTHER
}
