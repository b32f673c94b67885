package be.nestwerk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Tomcat refuses an upload over the limits of application.properties while it reads the form, and then answers every
 * later question about the form's fields with that refusal, the CSRF check first: the person would get an error page
 * of the server. So a multipart form is read here, before anything else asks. When it cannot be read, the rest of the
 * chain sees only the parameters of the address (where upload forms put their CSRF token too), and Spring MVC turns
 * the refusal into a {@code MaxUploadSizeExceededException} (or a {@code MultipartException}), which
 * {@link ErrorResponses} shows as a translated 413 (or 400) page.
 */
final class UnreadableFormFilter extends OncePerRequestFilter {

    /** Right after the character encoding is set (so that fields decode as UTF-8), before security reads the form. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<UnreadableFormFilter> unreadableFormFilter() {
            FilterRegistrationBean<UnreadableFormFilter> registration =
                    new FilterRegistrationBean<>(new UnreadableFormFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            return registration;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            chain.doFilter(new UnreadableForm(request, unreadable), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request with only its address's parameters; its parts give the reason the form could not be read. */
    private static final class UnreadableForm extends HttpServletRequestWrapper {

        private final IllegalStateException reason;
        private final Map<String, String[]> parameters;

        UnreadableForm(HttpServletRequest request, IllegalStateException reason) {
            super(request);
            this.reason = reason;
            this.parameters = queryParameters(request.getQueryString());
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public Collection<Part> getParts() {
            throw reason;
        }

        @Override
        public Part getPart(String name) {
            throw reason;
        }

        private static Map<String, String[]> queryParameters(@Nullable String query) {
            Map<String, String[]> parameters = new LinkedHashMap<>();
            if (query == null || query.isEmpty()) {
                return parameters;
            }
            MultiValueMap<String, String> encoded =
                    UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
            encoded.forEach((name, values) -> parameters.put(
                    decode(name),
                    values.stream()
                            .map(value -> decode(Objects.requireNonNullElse(value, "")))
                            .toArray(String[]::new)));
            return parameters;
        }

        private static String decode(String value) {
            return UriUtils.decode(value.replace('+', ' '), StandardCharsets.UTF_8);
        }
    }
}
