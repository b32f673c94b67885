package be.nestwerk.family;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A consent a professional records.
 *
 * @param givenBy the family member who gave it
 * @param organisationId the partner it is given to; null for every partner of the network
 * @param recordedFor the organisation the professional records it for (one they work for)
 */
public record NewConsent(
        UUID givenBy,
        @Nullable UUID organisationId,
        ConsentPurpose purpose,
        ConsentForm form,
        UUID recordedFor,
        LocalDate validUntil) {}
