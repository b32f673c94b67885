package be.nestwerk.platform.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler of a network-scoped address: the roles checked before the request body or form is read, so that a
 * caller without the right learns nothing from validation messages. The application service checks again.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresNetworkRole {

    Role[] value();
}
