package be.nestwerk.offer;

import java.util.List;

/** A file that cannot be imported at all (empty, not a CSV, a required column missing, too many rows). */
class ImportRefusedException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    ImportRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.toArray();
    }
}
