package be.nestwerk.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Material support (nappies, food, clothes, school supplies …) given to a family, registered as a contact: a door to
 * the rest of the offer, through a warm referral started from it.
 */
record MaterialSupport(
        UUID id,
        UUID networkId,
        UUID organisationId,
        @Nullable UUID familyId,
        @Nullable String postcode,
        MaterialSupportKind kind,
        LocalDate givenOn,
        @Nullable String note,
        UUID registeredBy,
        Instant registeredAt,
        @Nullable UUID referralId,
        @Nullable Instant referredAt) {

    /** Public, as the templates call it. */
    public boolean anonymous() {
        return familyId == null;
    }

    /** Public, as the template calls it. */
    public boolean referred() {
        return referralId != null;
    }
}
