package be.nestwerk.referral;

import java.util.Set;

/** Where a warm referral is. Label "referral.status.NAME". */
public enum ReferralStatus {
    SENT,
    OPENED,
    ACCEPTED,
    DECLINED,
    CONTACT_MADE,
    CLOSED,
    REVOKED;

    /** The statuses in which someone still has to act, and that a reminder watches. */
    static final Set<ReferralStatus> WAITING = Set.of(SENT, OPENED, ACCEPTED, CONTACT_MADE);

    boolean waiting() {
        return WAITING.contains(this);
    }

    public String messageKey() {
        return "referral.status." + name();
    }
}
