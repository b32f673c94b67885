package be.nestwerk.family;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** A problem as a page shows it: the field it belongs to (for the link from the error summary) and its text. */
public record FamilyProblemView(String field, String text) {

    public static List<FamilyProblemView> of(List<FamilyProblem> problems, MessageSource messages, Locale locale) {
        return problems.stream()
                .map(problem -> new FamilyProblemView(
                        problem.field(),
                        messages.getMessage(
                                problem.messageKey(), problem.arguments().toArray(), locale)))
                .toList();
    }

    /** The id of the field's input on the page ("children[0].birthDate" → "children0.birthDate"). */
    public String inputId() {
        return field.replace("[", "").replace("]", "");
    }
}
