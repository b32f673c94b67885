package be.nestwerk.territory;

/** A deelgemeente (sub-municipality) of a 2025 municipality. */
public record DeelgemeenteView(String code, String name, String nisCode, String municipalityNl) {}
