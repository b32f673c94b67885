package be.nestwerk.referral;

import be.nestwerk.family.FamilyProblem;
import java.util.List;

/** A referral that cannot be sent as filled in, with a problem per field. */
class InvalidReferralException extends RuntimeException {

    private final List<FamilyProblem> problems;

    InvalidReferralException(List<FamilyProblem> problems) {
        super("Invalid referral: " + problems);
        this.problems = List.copyOf(problems);
    }

    List<FamilyProblem> problems() {
        return problems;
    }
}
