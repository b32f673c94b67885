/**
 * "No wrong door": the questions families bring to any partner, material support as a way in, and warm referrals
 * between partners with the family's consent, their statuses, reminders and the closed loop back to the sender.
 */
@ApplicationModule(
        displayName = "Referral",
        allowedDependencies = {"platform", "network", "family", "offer"})
@NullMarked
package be.nestwerk.referral;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
