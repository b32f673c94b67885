package be.nestwerk.network;

import java.util.Locale;

/** One picked unit: a municipality (NIS code), a deelgemeente (e.g. 12025B) or a statistical sector (9 chars). */
public record FieldUnit(FieldUnitType type, String code) {

    public FieldUnit {
        code = code.trim().toUpperCase(Locale.ROOT);
    }

    public static FieldUnit municipality(String nisCode) {
        return new FieldUnit(FieldUnitType.MUNICIPALITY, nisCode);
    }

    public static FieldUnit deelgemeente(String code) {
        return new FieldUnit(FieldUnitType.DEELGEMEENTE, code);
    }

    public static FieldUnit sector(String code) {
        return new FieldUnit(FieldUnitType.SECTOR, code);
    }
}
