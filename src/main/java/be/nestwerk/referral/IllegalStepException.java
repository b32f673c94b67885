package be.nestwerk.referral;

import be.nestwerk.platform.web.BusinessRuleException;

/** A step that the referral's status does not allow (accepting a closed referral, revoking a declined one): 409. */
class IllegalStepException extends BusinessRuleException {

    IllegalStepException(ReferralStatus from, ReferralStatus to) {
        super("referral.problem.step");
    }
}
