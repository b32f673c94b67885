package be.nestwerk.referral;

/** How a referral ended for the family. Label "referral.outcome.NAME". */
public enum ReferralOutcome {
    GOT_HELP,
    COULD_NOT_CONTACT,
    NO_CAPACITY,
    NOT_ELIGIBLE,
    NO_LONGER_INTERESTED,
    REFERRED_ELSEWHERE;

    public String messageKey() {
        return "referral.outcome." + name();
    }
}
