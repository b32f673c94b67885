package be.nestwerk.network;

/**
 * The essential functions for children and families that a network brings together (seed 000, section 2); each
 * partner states which of them it takes up.
 */
public enum EssentialFunction {
    MEETING_AND_SOCIAL_COHESION,
    CHILD_CARE_AND_EDUCATION,
    PLAY_LEISURE_CULTURE_SPORT,
    PREVENTIVE_FAMILY_SUPPORT_AND_HEALTH,
    PLACE_IN_PUBLIC_SPACE,
    FUNDAMENTAL_RIGHTS_SUPPORT,
    INTEREST_ADVOCACY_AND_SIGNALS;

    public String messageKey() {
        return "partner.essential-function." + name();
    }
}
