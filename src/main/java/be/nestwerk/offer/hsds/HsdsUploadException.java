package be.nestwerk.offer.hsds;

import java.util.List;

/** An uploaded file that cannot be an HSDS dataset; the upload form says why (a message key). */
class HsdsUploadException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    HsdsUploadException(String messageKey, Object... arguments) {
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
