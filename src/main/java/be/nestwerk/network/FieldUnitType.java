package be.nestwerk.network;

/** The territory units a field of operation is picked from. */
public enum FieldUnitType {
    MUNICIPALITY,
    DEELGEMEENTE,
    SECTOR;

    public String messageKey() {
        return "network.area.unit-type." + name();
    }
}
