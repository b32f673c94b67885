package be.nestwerk.offer;

import java.util.List;

/** Search parameters out of range or unknown; answered with a 400 and the translated problems. */
public class InvalidSearchException extends RuntimeException {

    private final List<ContentProblem> problems;

    public InvalidSearchException(List<ContentProblem> problems) {
        super("Invalid search: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
