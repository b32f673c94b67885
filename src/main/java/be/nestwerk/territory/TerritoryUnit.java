package be.nestwerk.territory;

/** A municipality, deelgemeente or statistical sector found by name or postcode, as a picker shows it. */
public record TerritoryUnit(Type type, String code, String label, String nisCode, String municipalityNl) {

    public enum Type {
        MUNICIPALITY,
        DEELGEMEENTE,
        SECTOR
    }
}
