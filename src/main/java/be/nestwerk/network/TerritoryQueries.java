package be.nestwerk.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the reference territory tables directly. Kept small and package-private so that it can later delegate to
 * the territory module's facade; code lists travel as one comma-separated parameter so that a field of operation
 * of thousands of sectors never hits the bind-parameter limit.
 */
@Component
class TerritoryQueries {

    private static final Pattern POSTCODE = Pattern.compile("\\d{4}");

    private static final String MUNICIPALITY_UNIT = "select 'MUNICIPALITY' as type, m.nis_code as code,"
            + " m.name_nl as name, m.nis_code, m.name_nl as municipality_name, null as deelgemeente_code,"
            + " m.centroid_lat as lat, m.centroid_lon as lon from municipality m";
    private static final String DEELGEMEENTE_UNIT = "select 'DEELGEMEENTE' as type, d.code, d.name, d.nis_code,"
            + " m.name_nl as municipality_name, d.code as deelgemeente_code,"
            + " coalesce(d.centroid_lat, m.centroid_lat) as lat, coalesce(d.centroid_lon, m.centroid_lon) as lon"
            + " from deelgemeente d join municipality m on m.nis_code = d.nis_code";
    private static final String SECTOR_UNIT = "select 'SECTOR' as type, s.code, s.name, s.nis_code,"
            + " m.name_nl as municipality_name, s.deelgemeente_code,"
            + " coalesce(d.centroid_lat, m.centroid_lat) as lat, coalesce(d.centroid_lon, m.centroid_lon) as lon"
            + " from statistical_sector s join municipality m on m.nis_code = s.nis_code"
            + " left join deelgemeente d on d.code = s.deelgemeente_code";

    private static final RowMapper<TerritoryUnitInfo> UNIT = (rs, row) -> new TerritoryUnitInfo(
            FieldUnitType.valueOf(rs.getString("type")),
            rs.getString("code"),
            rs.getString("name"),
            rs.getString("nis_code"),
            rs.getString("municipality_name"),
            rs.getString("deelgemeente_code"),
            rs.getObject("lat", Double.class),
            rs.getObject("lon", Double.class));

    private final JdbcClient jdbc;

    TerritoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units that exist, with their names; unknown codes are left out. */
    List<TerritoryUnitInfo> units(Collection<FieldUnit> units) {
        List<TerritoryUnitInfo> found = new ArrayList<>();
        found.addAll(unitsOfType(MUNICIPALITY_UNIT + " where m.nis_code", units, FieldUnitType.MUNICIPALITY));
        found.addAll(unitsOfType(DEELGEMEENTE_UNIT + " where d.code", units, FieldUnitType.DEELGEMEENTE));
        found.addAll(unitsOfType(SECTOR_UNIT + " where s.code", units, FieldUnitType.SECTOR));
        return found;
    }

    /** The statistical sectors that make up the units: a municipality includes its "niet te lokaliseren" sector. */
    Set<String> sectorsOf(Collection<FieldUnit> units) {
        if (units.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql("select code from statistical_sector"
                        + " where nis_code = any(string_to_array(:municipalities, ','))"
                        + " or deelgemeente_code = any(string_to_array(:deelgemeenten, ','))"
                        + " or code = any(string_to_array(:sectors, ',')) order by code")
                .param("municipalities", codes(units, FieldUnitType.MUNICIPALITY))
                .param("deelgemeenten", codes(units, FieldUnitType.DEELGEMEENTE))
                .param("sectors", codes(units, FieldUnitType.SECTOR))
                .query(String.class)
                .list());
    }

    List<TerritoryUnitInfo> sectors(Collection<String> sectorCodes) {
        if (sectorCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SECTOR_UNIT + " where s.code = any(string_to_array(:codes, ',')) order by s.code")
                .param("codes", String.join(",", sectorCodes))
                .query(UNIT)
                .list();
    }

    /** How many sectors each municipality has in all, to tell a whole municipality from a part of it. */
    Map<String, Integer> sectorTotals(Collection<String> nisCodes) {
        Map<String, Integer> totals = new HashMap<>();
        if (nisCodes.isEmpty()) {
            return totals;
        }
        jdbc.sql("select nis_code, count(*) from statistical_sector"
                        + " where nis_code = any(string_to_array(:codes, ',')) group by nis_code")
                .param("codes", String.join(",", nisCodes))
                .query((rs, row) -> totals.put(rs.getString(1), rs.getInt(2)))
                .list();
        return totals;
    }

    /** Units found by (part of) a name, accent-insensitive, or by postcode; municipalities first. */
    List<TerritoryUnitInfo> search(String query, int limit) {
        String text = query.trim();
        if (text.isEmpty()) {
            return List.of();
        }
        if (POSTCODE.matcher(text).matches()) {
            return jdbc.sql("select * from (" + MUNICIPALITY_UNIT
                            + " where m.nis_code in (select nis_code from postcode where postcode = :q)"
                            + " union " + DEELGEMEENTE_UNIT
                            + " where d.code in (select deelgemeente_code from postcode where postcode = :q)) u"
                            + " order by u.type desc, u.name limit :limit")
                    .param("q", text)
                    .param("limit", limit)
                    .query(UNIT)
                    .list();
        }
        String pattern = "%" + escapeLike(text) + "%";
        return jdbc.sql("select * from (" + MUNICIPALITY_UNIT
                        + " where nw_fold(m.name_nl) like nw_fold(:pattern) escape '\\'"
                        + " or nw_fold(coalesce(m.name_fr, '')) like nw_fold(:pattern) escape '\\'"
                        + " union all " + DEELGEMEENTE_UNIT
                        + " where nw_fold(d.name) like nw_fold(:pattern) escape '\\'"
                        + " union all " + SECTOR_UNIT
                        + " where nw_fold(s.name) like nw_fold(:pattern) escape '\\') u"
                        + " order by case u.type when 'MUNICIPALITY' then 0 when 'DEELGEMEENTE' then 1 else 2 end,"
                        + " u.name, u.code limit :limit")
                .param("pattern", pattern)
                .param("limit", limit)
                .query(UNIT)
                .list();
    }

    /** The deelgemeenten and sectors of one municipality, to pick parts of it. */
    List<TerritoryUnitInfo> partsOf(String nisCode) {
        List<TerritoryUnitInfo> parts =
                new ArrayList<>(jdbc.sql(DEELGEMEENTE_UNIT + " where d.nis_code = :nis order by d.name")
                        .param("nis", nisCode)
                        .query(UNIT)
                        .list());
        parts.addAll(jdbc.sql(SECTOR_UNIT + " where s.nis_code = :nis order by s.deelgemeente_code nulls last, s.name")
                .param("nis", nisCode)
                .query(UNIT)
                .list());
        return parts;
    }

    private List<TerritoryUnitInfo> unitsOfType(String select, Collection<FieldUnit> units, FieldUnitType type) {
        String codes = codes(units, type);
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(select + " = any(string_to_array(:codes, ','))")
                .param("codes", codes)
                .query(UNIT)
                .list();
    }

    private static String codes(Collection<FieldUnit> units, FieldUnitType type) {
        return String.join(
                ",",
                units.stream()
                        .filter(unit -> unit.type() == type)
                        .map(FieldUnit::code)
                        .toList());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
