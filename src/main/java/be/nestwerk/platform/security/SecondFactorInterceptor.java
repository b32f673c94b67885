package be.nestwerk.platform.security;

import be.nestwerk.platform.web.ApiError;
import be.nestwerk.platform.web.LocalPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The step-up in front of handlers marked {@link RequiresSecondFactor}. It runs after the network membership guard
 * (order 0), so that a caller who may not see the network at all is refused before being asked for a code.
 */
@Component
class SecondFactorInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    static final int ORDER = 100;
    static final String PAGE = "/account/two-factor";

    private final SecondFactor secondFactor;
    private final MessageSource messages;
    private final JsonMapper json;

    SecondFactorInterceptor(SecondFactor secondFactor, MessageSource messages, JsonMapper json) {
        this.secondFactor = secondFactor;
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(ORDER);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod method) || !required(method) || secondFactor.isProved()) {
            return true;
        }
        if (path(request).startsWith("/api/")) {
            String message = messages.getMessage(
                    "two-factor.api-required", null, "two-factor.api-required", LocaleContextHolder.getLocale());
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write(json.writeValueAsString(
                            new ApiError(HttpStatus.FORBIDDEN.value(), "second_factor_required", message, List.of())));
            return false;
        }
        String target = request.getContextPath()
                + PAGE
                + continuation(request)
                        .map(next -> "?continue=" + UriUtils.encodeQueryParam(next, StandardCharsets.UTF_8))
                        .orElse("");
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, target);
        return false;
    }

    static boolean required(HandlerMethod method) {
        return method.hasMethodAnnotation(RequiresSecondFactor.class)
                || method.getBeanType().isAnnotationPresent(RequiresSecondFactor.class);
    }

    /**
     * Where to go once the factor is proved: the page asked for; for a form (POST), the page that held it, since the
     * form itself cannot be sent again by a redirect.
     */
    private static Optional<String> continuation(HttpServletRequest request) {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            String query = request.getQueryString();
            return LocalPaths.of(path(request) + (query == null ? "" : "?" + query));
        }
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer);
            String path = uri.getRawPath();
            if (uri.getHost() == null
                    || !uri.getHost().equalsIgnoreCase(request.getServerName())
                    || path == null
                    || !path.startsWith(request.getContextPath() + "/")) {
                return Optional.empty();
            }
            String local = path.substring(request.getContextPath().length());
            return LocalPaths.of(local + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException unreadable) {
            return Optional.empty();
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
