package be.nestwerk.offer;

import java.util.List;

/** Something wrong with an offer's content: the field (a form path) and a message key with its arguments. */
public record ContentProblem(String field, String messageKey, List<Object> arguments) {

    static ContentProblem of(String field, String messageKey, Object... arguments) {
        return new ContentProblem(field, messageKey, List.of(arguments));
    }
}
