package be.nestwerk.platform.web;

import java.util.List;

/** The JSON body of every API error: a status, a stable code, a translated message and field errors. */
public record ApiError(int status, String error, String message, List<FieldMessage> fields) {

    public record FieldMessage(String field, String message) {}
}
