package be.nestwerk.network;

import java.util.List;

/** A request names territory units that do not exist: bad input, answered with a 400. */
class UnknownTerritoryUnitException extends IllegalArgumentException {

    private final List<FieldUnit> units;

    UnknownTerritoryUnitException(List<FieldUnit> units) {
        super("Unknown territory units: " + units);
        this.units = List.copyOf(units);
    }

    List<FieldUnit> units() {
        return units;
    }

    String codes() {
        return String.join(", ", units.stream().map(FieldUnit::code).toList());
    }
}
