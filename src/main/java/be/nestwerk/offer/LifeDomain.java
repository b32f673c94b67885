package be.nestwerk.offer;

/** The life domains of families (reference list "life_domain" of ../shared/data/hvhk-reference-lists.csv). Label "offer.domain.NAME". */
public enum LifeDomain {
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
