package be.nestwerk.territory;

import org.jspecify.annotations.Nullable;

/** One bpost locality of a four-digit postcode, with the 2025 municipality it lies in. */
public record PostcodeView(
        String postcode,
        String locality,
        String nisCode,
        String municipalityNl,
        @Nullable String deelgemeenteCode) {}
