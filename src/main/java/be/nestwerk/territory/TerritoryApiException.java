package be.nestwerk.territory;

import org.springframework.http.HttpStatus;

/** A 4xx answer of the territory API; {@code messageKey} names a translated text in {@code messages/territory}. */
class TerritoryApiException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final Object[] arguments;

    TerritoryApiException(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    static TerritoryApiException notFound(String messageKey, Object... arguments) {
        return new TerritoryApiException(HttpStatus.NOT_FOUND, messageKey, arguments);
    }

    static TerritoryApiException badRequest(String messageKey, Object... arguments) {
        return new TerritoryApiException(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
