package be.nestwerk.referral;

import be.nestwerk.platform.web.BusinessRuleException;

/** Someone else moved the referral between reading it and this step (two tabs, two colleagues): 409. */
class ReferralMovedMeanwhileException extends BusinessRuleException {

    ReferralMovedMeanwhileException() {
        super("referral.problem.movedMeanwhile");
    }
}
