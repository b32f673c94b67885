package be.nestwerk.territory;

import org.jspecify.annotations.Nullable;

/**
 * A 2025 municipality of Flanders or Brussels. {@code nameFr} is null for the merged municipalities without an
 * official French name, {@code provinceNl} for the 19 Brussels municipalities.
 */
public record MunicipalityView(
        String nisCode,
        String nameNl,
        @Nullable String nameFr,
        @Nullable String provinceNl,
        String regionNl,
        double centroidLat,
        double centroidLon) {}
