package be.nestwerk.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller class or handler method that shows or changes families' personal data: the request goes through
 * only when the signed-in person has proved their second factor (TOTP) in this session. Otherwise a page is
 * redirected (303) to {@code /account/two-factor?continue=…} to enrol or prove it, and a call under {@code /api/}
 * is refused with 403 and the platform's {@code ApiError}. Checked by {@code SecondFactorInterceptor}, after the
 * network membership guard; see ADR 9.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresSecondFactor {}
