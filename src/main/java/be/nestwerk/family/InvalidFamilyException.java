package be.nestwerk.family;

import java.util.List;

/** What was entered about a family breaks its rules; every problem at once. */
public class InvalidFamilyException extends RuntimeException {

    private final List<FamilyProblem> problems;

    InvalidFamilyException(List<FamilyProblem> problems) {
        super("Invalid family data: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FamilyProblem> problems() {
        return problems;
    }
}
