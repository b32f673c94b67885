/**
 * The platform every capability stands on: security and accounts, tenancy (memberships and roles per network),
 * the append-only audit log, languages, layout, errors, mail and the embedded database.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
@NullMarked
package be.nestwerk.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
