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

    boolean anonymous() {
        return familyId == null;
    }

    boolean referred() {
        return referralId != null;
    }
}
