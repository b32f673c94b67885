package be.nestwerk.territory;

/**
 * Where a postcode's locality lies: its coordinates (bpost locality, or the municipality's centroid when the
 * locality has none) and the 2025 municipality.
 */
public record PostcodeLocation(
        String postcode, String locality, String nisCode, String municipalityNl, double latitude, double longitude) {}
