package be.nestwerk.offer.hsds;

import java.util.List;

/** A query parameter of the HSDS API that we cannot use; answered with 400 and the translated message. */
class HsdsParameterException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    HsdsParameterException(String messageKey, Object... arguments) {
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
