/** Families, their children and consent, family plans and transitions: personal data, protected. */
@ApplicationModule(
        displayName = "Family",
        allowedDependencies = {"platform", "territory", "network"})
@NullMarked
package be.nestwerk.family;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
