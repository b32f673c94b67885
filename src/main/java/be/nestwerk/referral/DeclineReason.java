package be.nestwerk.referral;

/** Why the receiving partner declined a referral. Label "referral.decline.NAME". */
public enum DeclineReason {
    NO_CAPACITY,
    NOT_ELIGIBLE,
    NOT_OUR_OFFER,
    OTHER;

    public String messageKey() {
        return "referral.decline." + name();
    }
}
