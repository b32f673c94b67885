package be.nestwerk.referral;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Material support as it is registered: for a family or anonymous (with a postcode), by an organisation. */
record NewMaterialSupport(
        UUID organisation,
        @Nullable UUID familyId,
        @Nullable String postcode,
        MaterialSupportKind kind,
        LocalDate givenOn,
        @Nullable String note) {}
