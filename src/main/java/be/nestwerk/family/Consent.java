package be.nestwerk.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A family's consent: which member gave it, to which partner organisation (or, without one, to every partner of the
 * network), for which purpose, how, recorded by whom, valid until when. Revoking it takes effect at once and cannot be
 * undone; a new consent is a new record.
 */
public record Consent(
        UUID id,
        UUID familyId,
        UUID networkId,
        UUID givenBy,
        @Nullable UUID organisationId,
        ConsentPurpose purpose,
        ConsentForm form,
        UUID recordedBy,
        UUID recordedByOrganisation,
        Instant recordedAt,
        LocalDate validUntil,
        @Nullable Instant revokedAt,
        @Nullable UUID revokedBy,
        @Nullable RevocationChannel revokedVia) {

    public boolean revoked() {
        return revokedAt != null;
    }

    /** In force on this day: not revoked and not expired. */
    public boolean inForceOn(LocalDate day) {
        return !revoked() && !day.isAfter(validUntil);
    }

    /** Whether it lets this organisation act for this purpose on this day. */
    public boolean permits(UUID organisation, ConsentPurpose wanted, LocalDate day) {
        return inForceOn(day) && purpose == wanted && (organisationId == null || organisationId.equals(organisation));
    }

    /** Whether it lets this organisation see the family at all (for any purpose) on this day. */
    public boolean opensTo(UUID organisation, LocalDate day) {
        return inForceOn(day) && (organisationId == null || organisationId.equals(organisation));
    }

    /**
     * The same consent, revoked.
     *
     * @param by the professional's account, or null when the family revoked it through its personal link
     * @throws IllegalStateException when it was revoked already
     */
    public Consent revoke(@Nullable UUID by, Instant at, RevocationChannel via) {
        if (revoked()) {
            throw new IllegalStateException("Consent " + id + " was revoked already");
        }
        return new Consent(
                id,
                familyId,
                networkId,
                givenBy,
                organisationId,
                purpose,
                form,
                recordedBy,
                recordedByOrganisation,
                recordedAt,
                validUntil,
                at,
                by,
                via);
    }
}
