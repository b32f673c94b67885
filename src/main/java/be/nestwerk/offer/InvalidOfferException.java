package be.nestwerk.offer;

import java.util.List;

/** The content of an offer breaks one or more rules; the problems say which, in message keys. */
public class InvalidOfferException extends RuntimeException {

    private final List<ContentProblem> problems;

    public InvalidOfferException(List<ContentProblem> problems) {
        super("Invalid offer: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
