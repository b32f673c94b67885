package be.nestwerk.offer.hsds;

import be.nestwerk.platform.web.ApiError;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A query parameter of the HSDS API that we cannot use: 400, with the platform's error body, translated. */
@RestControllerAdvice(assignableTypes = HsdsApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class HsdsApiErrors {

    private final MessageSource messages;

    HsdsApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(HsdsParameterException.class)
    ResponseEntity<ApiError> badParameter(HsdsParameterException problem, Locale locale) {
        String message = messages.getMessage(problem.messageKey(), problem.arguments(), locale);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(HttpStatus.BAD_REQUEST.value(), "bad_parameter", message, List.of()));
    }
}
