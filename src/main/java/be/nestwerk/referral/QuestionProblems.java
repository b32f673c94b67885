package be.nestwerk.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** What is wrong with a question or support form, field by field, as message keys; shown above the form. */
final class QuestionProblems {

    /** One problem as the page shows it: the id of its input (for the link from the summary) and its text. */
    record View(String inputId, String text) {}

    private record Problem(String field, String key, Object[] arguments) {}

    private final List<Problem> problems = new ArrayList<>();

    QuestionProblems add(String field, String key, Object... arguments) {
        problems.add(new Problem(field, key, arguments));
        return this;
    }

    boolean any() {
        return !problems.isEmpty();
    }

    List<String> fields() {
        return problems.stream().map(Problem::field).toList();
    }

    List<View> views(MessageSource messages, Locale locale) {
        return problems.stream()
                .map(problem ->
                        new View(problem.field(), messages.getMessage(problem.key(), problem.arguments(), locale)))
                .toList();
    }

    void throwIfAny() {
        if (any()) {
            throw new InvalidQuestionException(this);
        }
    }

    /** Thrown by the services when what was entered breaks a rule; the page shows it again with the problems. */
    static final class InvalidQuestionException extends RuntimeException {

        private final transient QuestionProblems problems;

        InvalidQuestionException(QuestionProblems problems) {
            super("invalid: " + problems.fields());
            this.problems = problems;
        }

        QuestionProblems problems() {
            return problems;
        }
    }
}
