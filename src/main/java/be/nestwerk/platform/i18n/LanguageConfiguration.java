package be.nestwerk.platform.i18n;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch first; English and French on request. The choice (?lang=, or the language chosen on the account page and
 * applied at sign-in) is remembered in a cookie for a year.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    private static final List<Locale> SUPPORTED = Languages.SUPPORTED;

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("nestwerk-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> {
            if (request.getHeader("Accept-Language") == null) {
                return SUPPORTED.get(0);
            }
            Locale requested = request.getLocale();
            return SUPPORTED.stream()
                    .filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
                    .findFirst()
                    .orElse(SUPPORTED.get(0));
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                Locale locale = super.parseLocaleValue(localeValue);
                return locale != null
                                && SUPPORTED.stream()
                                        .anyMatch(s -> s.getLanguage().equals(locale.getLanguage()))
                        ? locale
                        : SUPPORTED.get(0);
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
