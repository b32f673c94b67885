package be.nestwerk.territory;

import be.nestwerk.platform.web.ApiError;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns the territory API's errors into the platform's {@link ApiError}, with the territory's own messages. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = TerritoryApiController.class)
class TerritoryApiErrors {

    private final MessageSource messages;

    TerritoryApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ApiError> handle(TerritoryApiException e, Locale locale) {
        return answer(e.status(), e.messageKey(), e.arguments(), locale);
    }

    @ExceptionHandler
    ResponseEntity<ApiError> handle(MethodArgumentTypeMismatchException e, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST, "territory.error.invalid-parameter", new Object[] {e.getName()}, locale);
    }

    @ExceptionHandler
    ResponseEntity<ApiError> handle(MissingServletRequestParameterException e, Locale locale) {
        return answer(
                HttpStatus.BAD_REQUEST,
                "territory.error.invalid-parameter",
                new Object[] {e.getParameterName()},
                locale);
    }

    private ResponseEntity<ApiError> answer(HttpStatus status, String key, Object[] arguments, Locale locale) {
        String error = status.name().toLowerCase(Locale.ROOT);
        String message = messages.getMessage(key, arguments, locale);
        return ResponseEntity.status(status).body(new ApiError(status.value(), error, message, List.of()));
    }
}
