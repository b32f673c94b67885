package be.nestwerk.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Turns every failure into a translated page (or JSON body under /api/) with the right 4xx status; anything
 * unexpected becomes a plain 500 page that never shows a stack trace.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorResponses {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private final MessageSource messages;
    private final LayoutModel layout;
    private final DataSize maxUpload;

    ErrorResponses(
            MessageSource messages,
            LayoutModel layout,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUpload) {
        this.messages = messages;
        this.layout = layout;
        this.maxUpload = maxUpload;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, "not_found", "error.not-found", new Object[0], List.of());
    }

    /** A part of the address that is not an id (or a name) of anything is a page that does not exist; a bad choice in
     * a form or query is bad input. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(HttpServletRequest request, MethodArgumentTypeMismatchException exception) {
        if (exception.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound(request);
        }
        return badRequest(request);
    }

    @ExceptionHandler(BusinessRuleException.class)
    ModelAndView businessRule(HttpServletRequest request, BusinessRuleException exception) {
        return respond(
                request,
                HttpStatus.CONFLICT,
                "rule_violated",
                exception.messageKey(),
                exception.arguments(),
                List.of());
    }

    @ExceptionHandler(BindException.class)
    ModelAndView invalid(HttpServletRequest request, BindException exception) {
        List<ApiError.FieldMessage> fields = exception.getFieldErrors().stream()
                .map(error -> new ApiError.FieldMessage(
                        error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale())))
                .toList();
        return respond(request, HttpStatus.BAD_REQUEST, "invalid", "error.invalid", new Object[0], fields);
    }

    @ExceptionHandler({
        MissingServletRequestParameterException.class,
        HttpMessageNotReadableException.class,
        HandlerMethodValidationException.class,
        IllegalArgumentException.class
    })
    ModelAndView badRequest(HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "bad_request", "error.bad-request", new Object[0], List.of());
    }

    /** Raised while the request is read, before any controller: the upload limits of application.properties. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView uploadTooLarge(HttpServletRequest request) {
        return respond(
                request,
                HttpStatus.CONTENT_TOO_LARGE,
                "upload_too_large",
                "error.upload-too-large",
                new Object[] {maxUpload.toMegabytes()},
                List.of());
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadableUpload(HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "bad_request", "error.bad-request", new Object[0], List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed(HttpServletRequest request) {
        return respond(
                request,
                HttpStatus.METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "error.method-not-allowed",
                new Object[0],
                List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView unsupportedMediaType(HttpServletRequest request) {
        return respond(
                request,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "error.bad-request",
                new Object[0],
                List.of());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void securityIsHandledBySpringSecurity(RuntimeException exception) {
        throw exception;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(HttpServletRequest request, Exception exception) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), exception);
        return respond(
                request,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal_error",
                "error.internal",
                new Object[0],
                List.of());
    }

    private ModelAndView respond(
            HttpServletRequest request,
            HttpStatus status,
            String code,
            String messageKey,
            Object[] arguments,
            List<ApiError.FieldMessage> fields) {
        String message = messages.getMessage(messageKey, arguments, messageKey, LocaleContextHolder.getLocale());
        ModelAndView view;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            JacksonJsonView json = new JacksonJsonView();
            json.setExtractValueFromSingleKeyModel(true);
            view = new ModelAndView(json, Map.of("error", new ApiError(status.value(), code, message, fields)));
        } else {
            view = new ModelAndView("error/problem", Map.of("status", status.value(), "message", message));
            layout.addTo(view, request);
        }
        view.setStatus(status);
        return view;
    }
}
