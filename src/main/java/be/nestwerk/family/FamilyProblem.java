package be.nestwerk.family;

import java.util.List;

/** Something wrong with what was entered about a family, as a message key with its arguments, for one field. */
public record FamilyProblem(String field, String messageKey, List<Object> arguments) {

    public FamilyProblem {
        arguments = List.copyOf(arguments);
    }

    public static FamilyProblem of(String field, String messageKey, Object... arguments) {
        return new FamilyProblem(field, messageKey, List.of(arguments));
    }
}
