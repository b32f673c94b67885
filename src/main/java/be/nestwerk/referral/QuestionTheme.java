package be.nestwerk.referral;

/**
 * The life domains a family's question touches: the same ten as the offer catalogue's, kept here because the referral
 * module does not depend on the catalogue. Label "offer.domain.NAME".
 */
enum QuestionTheme {
    EDUCATION,
    MENTAL_WELLBEING,
    SOCIAL_COHESION,
    YOUTH_CARE,
    HEALTHCARE,
    CULTURE_SPORT_LEISURE,
    PARENTING,
    CHILDCARE,
    SOCIO_ECONOMIC,
    PRACTICAL_SUPPORT
}
