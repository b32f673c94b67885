package be.nestwerk.offer;

/** The functions of parenting support (seed 002). Label "offer.function.NAME". */
public enum SupportFunction {
    INFORMATION_ADVICE,
    PRACTICAL_SUPPORT,
    EMOTIONAL_SUPPORT,
    EARLY_IDENTIFICATION_REFERRAL,
    SOCIAL_SUPPORT_COHESION,
    INTENSIVE_HELP
}
