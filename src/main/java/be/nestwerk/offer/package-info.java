/**
 * The network's offer catalogue (services and activities of its partners, aligned with Open Referral HSDS 3.0),
 * its review and publication, and the families' front door: search, offer pages, map, calendar and open data.
 */
@ApplicationModule(
        displayName = "Offer",
        allowedDependencies = {"platform", "territory", "network"})
@NullMarked
package be.nestwerk.offer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
