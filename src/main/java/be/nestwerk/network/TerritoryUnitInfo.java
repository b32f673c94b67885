package be.nestwerk.network;

import org.jspecify.annotations.Nullable;

/** A territory unit with what is needed to show it and to place it on the map. */
record TerritoryUnitInfo(
        FieldUnitType type,
        String code,
        String name,
        String nisCode,
        String municipalityName,
        @Nullable String deelgemeenteCode,
        @Nullable Double lat,
        @Nullable Double lon) {

    FieldUnit unit() {
        return new FieldUnit(type, code);
    }
}
