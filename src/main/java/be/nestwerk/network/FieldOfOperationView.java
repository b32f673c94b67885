package be.nestwerk.network;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A network's field of operation: the units its coordinator picked, and per municipality how many of its
 * statistical sectors the field covers.
 */
public record FieldOfOperationView(
        UUID networkId, List<PickedUnit> units, List<MunicipalityShare> municipalities, int sectorCount) {

    public record PickedUnit(
            FieldUnitType type,
            String code,
            String name,
            String nisCode,
            String municipalityName,
            @Nullable Double lat,
            @Nullable Double lon) {}

    public record MunicipalityShare(String nisCode, String name, int sectors, int totalSectors) {

        public boolean whole() {
            return sectors >= totalSectors;
        }
    }

    /** Municipal (one whole municipality), intermunicipal (several) or intramunicipal (part of one). */
    public enum Scope {
        NONE,
        MUNICIPAL,
        INTERMUNICIPAL,
        INTRAMUNICIPAL;

        public String messageKey() {
            return "network.area.scope." + name();
        }
    }

    public Scope scope() {
        if (municipalities.isEmpty()) {
            return Scope.NONE;
        }
        if (municipalities.size() > 1) {
            return Scope.INTERMUNICIPAL;
        }
        return municipalities.get(0).whole() ? Scope.MUNICIPAL : Scope.INTRAMUNICIPAL;
    }

    /** The picked units of one municipality, for a selection grouped by municipality. */
    public List<PickedUnit> unitsIn(String nisCode) {
        return units.stream().filter(unit -> unit.nisCode().equals(nisCode)).toList();
    }
}
