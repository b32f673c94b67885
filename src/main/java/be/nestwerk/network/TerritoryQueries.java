package be.nestwerk.network;

import be.nestwerk.territory.DeelgemeenteView;
import be.nestwerk.territory.MunicipalityView;
import be.nestwerk.territory.SectorView;
import be.nestwerk.territory.Territory;
import be.nestwerk.territory.TerritoryUnit;
import be.nestwerk.territory.UnitSearch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The territory as the field-of-operation pages and rules need it, read through the territory module's API: units
 * with their names and the municipality's centroid (to place them on the map), and their statistical sectors.
 */
@Component
class TerritoryQueries {

    private final Territory territory;
    private final UnitSearch unitSearch;

    TerritoryQueries(Territory territory, UnitSearch unitSearch) {
        this.territory = territory;
        this.unitSearch = unitSearch;
    }

    /** The units that exist, with their names; unknown codes are left out. */
    List<TerritoryUnitInfo> units(Collection<FieldUnit> units) {
        List<TerritoryUnitInfo> found = new ArrayList<>();
        territory.municipalities(codes(units, FieldUnitType.MUNICIPALITY)).stream()
                .map(TerritoryQueries::municipality)
                .forEach(found::add);
        List<DeelgemeenteView> deelgemeenten = codes(units, FieldUnitType.DEELGEMEENTE).stream()
                .map(territory::deelgemeente)
                .flatMap(Optional::stream)
                .toList();
        found.addAll(deelgemeenten(deelgemeenten));
        found.addAll(sectors(codes(units, FieldUnitType.SECTOR)));
        return found;
    }

    /** The statistical sectors that make up the units: a municipality includes its "niet te lokaliseren" sector. */
    Set<String> sectorsOf(Collection<FieldUnit> units) {
        Set<String> sectors = new TreeSet<>();
        sectors.addAll(territory.sectorCodesOfMunicipalities(codes(units, FieldUnitType.MUNICIPALITY)));
        sectors.addAll(territory.sectorCodesOfDeelgemeenten(codes(units, FieldUnitType.DEELGEMEENTE)));
        sectors.addAll(territory.existingSectorCodes(codes(units, FieldUnitType.SECTOR)));
        return sectors;
    }

    List<TerritoryUnitInfo> sectors(Collection<String> sectorCodes) {
        return sectors(territory.sectors(sectorCodes));
    }

    /** How many sectors each municipality has in all, to tell a whole municipality from a part of it. */
    Map<String, Integer> sectorTotals(Collection<String> nisCodes) {
        Map<String, Integer> totals = new HashMap<>();
        territory
                .groupByMunicipality(territory.sectorCodesOfMunicipalities(nisCodes))
                .forEach((nis, sectors) -> totals.put(nis, sectors.size()));
        return totals;
    }

    /** Units found by (part of) a name, accent-insensitive, or by postcode; municipalities first. */
    List<TerritoryUnitInfo> search(String query, int limit) {
        List<TerritoryUnit> found = unitSearch.searchUnits(query, limit);
        Map<String, MunicipalityView> municipalities =
                municipalitiesOf(found.stream().map(TerritoryUnit::nisCode).collect(Collectors.toSet()));
        Map<String, SectorView> sectors = territory
                .sectors(found.stream()
                        .filter(unit -> unit.type() == TerritoryUnit.Type.SECTOR)
                        .map(TerritoryUnit::code)
                        .toList())
                .stream()
                .collect(Collectors.toMap(SectorView::code, Function.identity()));
        List<TerritoryUnitInfo> result = new ArrayList<>();
        for (TerritoryUnit unit : found) {
            MunicipalityView municipality = municipalities.get(unit.nisCode());
            switch (unit.type()) {
                case MUNICIPALITY -> result.add(municipality(municipality));
                case DEELGEMEENTE ->
                    territory.deelgemeente(unit.code()).ifPresent(d -> result.add(deelgemeente(d, municipality)));
                case SECTOR -> result.add(sector(sectors.get(unit.code()), municipality));
            }
        }
        return result;
    }

    /** The deelgemeenten and sectors of one municipality, to pick parts of it. */
    List<TerritoryUnitInfo> partsOf(String nisCode) {
        List<TerritoryUnitInfo> parts = new ArrayList<>(deelgemeenten(territory.deelgemeenten(nisCode)));
        parts.addAll(sectors(territory.sectorsOfMunicipality(nisCode)));
        return parts;
    }

    private List<TerritoryUnitInfo> deelgemeenten(List<DeelgemeenteView> deelgemeenten) {
        Map<String, MunicipalityView> municipalities = municipalitiesOf(
                deelgemeenten.stream().map(DeelgemeenteView::nisCode).collect(Collectors.toSet()));
        return deelgemeenten.stream()
                .map(d -> deelgemeente(d, municipalities.get(d.nisCode())))
                .toList();
    }

    private List<TerritoryUnitInfo> sectors(List<SectorView> sectors) {
        Map<String, MunicipalityView> municipalities =
                municipalitiesOf(sectors.stream().map(SectorView::nisCode).collect(Collectors.toSet()));
        return sectors.stream()
                .map(s -> sector(s, municipalities.get(s.nisCode())))
                .toList();
    }

    private Map<String, MunicipalityView> municipalitiesOf(Set<String> nisCodes) {
        return territory.municipalities(new HashSet<>(nisCodes)).stream()
                .collect(Collectors.toMap(MunicipalityView::nisCode, Function.identity()));
    }

    private static TerritoryUnitInfo municipality(MunicipalityView m) {
        return new TerritoryUnitInfo(
                FieldUnitType.MUNICIPALITY,
                m.nisCode(),
                m.nameNl(),
                m.nisCode(),
                m.nameNl(),
                null,
                m.centroidLat(),
                m.centroidLon());
    }

    private static TerritoryUnitInfo deelgemeente(DeelgemeenteView d, MunicipalityView m) {
        return new TerritoryUnitInfo(
                FieldUnitType.DEELGEMEENTE,
                d.code(),
                d.name(),
                d.nisCode(),
                m.nameNl(),
                d.code(),
                m.centroidLat(),
                m.centroidLon());
    }

    private static TerritoryUnitInfo sector(SectorView s, MunicipalityView m) {
        return new TerritoryUnitInfo(
                FieldUnitType.SECTOR,
                s.code(),
                s.name(),
                s.nisCode(),
                m.nameNl(),
                s.deelgemeenteCode(),
                m.centroidLat(),
                m.centroidLon());
    }

    private static List<String> codes(Collection<FieldUnit> units, FieldUnitType type) {
        return units.stream()
                .filter(unit -> unit.type() == type)
                .map(FieldUnit::code)
                .toList();
    }
}
