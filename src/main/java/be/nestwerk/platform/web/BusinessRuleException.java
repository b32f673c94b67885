package be.nestwerk.platform.web;

import java.util.List;

/** A request that breaks a rule of the domain; the message key and arguments explain it to the person. */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
