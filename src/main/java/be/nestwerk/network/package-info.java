/**
 * Networks (Huizen van het Kind and community-focused networks) with their field of operation on real territory,
 * their partner organisations and each partner's commitment.
 */
@ApplicationModule(
        displayName = "Network",
        allowedDependencies = {"platform", "territory"})
@NullMarked
package be.nestwerk.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
