package be.nestwerk.network;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Keeps a picked selection free of units that a larger picked unit already covers. */
final class FieldUnits {

    static final Comparator<TerritoryUnitInfo> ORDER = Comparator.comparing(TerritoryUnitInfo::municipalityName)
            .thenComparing(TerritoryUnitInfo::type)
            .thenComparing(TerritoryUnitInfo::name)
            .thenComparing(TerritoryUnitInfo::code);

    private FieldUnits() {}

    static List<TerritoryUnitInfo> withoutCovered(Collection<TerritoryUnitInfo> units) {
        Set<String> municipalities = codesOf(units, FieldUnitType.MUNICIPALITY);
        Set<String> deelgemeenten = codesOf(units, FieldUnitType.DEELGEMEENTE);
        return units.stream()
                .filter(unit -> switch (unit.type()) {
                    case MUNICIPALITY -> true;
                    case DEELGEMEENTE -> !municipalities.contains(unit.nisCode());
                    case SECTOR ->
                        !municipalities.contains(unit.nisCode())
                                && (unit.deelgemeenteCode() == null
                                        || !deelgemeenten.contains(unit.deelgemeenteCode()));
                })
                .distinct()
                .sorted(ORDER)
                .toList();
    }

    private static Set<String> codesOf(Collection<TerritoryUnitInfo> units, FieldUnitType type) {
        return units.stream()
                .filter(unit -> unit.type() == type)
                .map(TerritoryUnitInfo::code)
                .collect(Collectors.toSet());
    }
}
