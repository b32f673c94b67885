package be.nestwerk.territory;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One reference CSV file and the table it fills: the file is copied as text into a staging table whose columns
 * carry the CSV header names (so that {@code HEADER MATCH} rejects a file whose layout changed), then upserted.
 */
record ReferenceTable(
        String resource, String table, List<String> key, List<String> csvColumns, List<Column> columns, String from) {

    record Column(String name, String expression) {}

    static final List<ReferenceTable> ALL = List.of(
            new ReferenceTable(
                    "reference/vl-bru-municipalities-2025.csv",
                    "municipality",
                    List.of("nis_code"),
                    List.of(
                            "nis_code",
                            "name_nl",
                            "name_fr",
                            "region_nis",
                            "region_nl",
                            "province_nis",
                            "province_nl",
                            "arrondissement_nis",
                            "arrondissement_nl",
                            "centroid_lat",
                            "centroid_lon",
                            "area_km2_approx",
                            "merged_2025_from",
                            "population_2020_01_01"),
                    List.of(
                            new Column("nis_code", "s.nis_code"),
                            new Column("name_nl", "s.name_nl"),
                            new Column("name_fr", "s.name_fr"),
                            new Column("region_nis", "s.region_nis"),
                            new Column("region_nl", "s.region_nl"),
                            new Column("province_nis", "s.province_nis"),
                            new Column("province_nl", "s.province_nl"),
                            new Column("arrondissement_nis", "s.arrondissement_nis"),
                            new Column("arrondissement_nl", "s.arrondissement_nl"),
                            new Column("centroid_lat", "s.centroid_lat::double precision"),
                            new Column("centroid_lon", "s.centroid_lon::double precision"),
                            new Column("area_km2", "s.area_km2_approx::double precision"),
                            new Column("merged_2025_from", "s.merged_2025_from"),
                            new Column("population_2020", "s.population_2020_01_01::integer")),
                    "s"),
            new ReferenceTable(
                    "reference/vl-bru-deelgemeenten-2025.csv",
                    "deelgemeente",
                    List.of("code"),
                    List.of(
                            "deelgemeente_code",
                            "deelgemeente_name",
                            "label",
                            "nis_code",
                            "municipality_nl",
                            "centroid_lat",
                            "centroid_lon",
                            "area_km2_approx"),
                    List.of(
                            new Column("code", "s.deelgemeente_code"),
                            new Column("name", "s.deelgemeente_name"),
                            new Column("label", "s.label"),
                            new Column("nis_code", "s.nis_code"),
                            new Column("centroid_lat", "s.centroid_lat::double precision"),
                            new Column("centroid_lon", "s.centroid_lon::double precision"),
                            new Column("area_km2", "s.area_km2_approx::double precision")),
                    "s"),
            // The "niet te lokaliseren" sectors name a pseudo-deelgemeente (…ONB) that the data set leaves out.
            new ReferenceTable(
                    "reference/vl-bru-statistical-sectors-2025.csv",
                    "statistical_sector",
                    List.of("code"),
                    List.of(
                            "statsec_code",
                            "statsec_name",
                            "deelgemeente_code",
                            "deelgemeente_name",
                            "nis_code",
                            "municipality_nl"),
                    List.of(
                            new Column("code", "s.statsec_code"),
                            new Column("name", "s.statsec_name"),
                            new Column("deelgemeente_code", "d.code"),
                            new Column("nis_code", "s.nis_code")),
                    "s left join deelgemeente d on d.code = s.deelgemeente_code"),
            new ReferenceTable(
                    "reference/vl-bru-postcodes.csv",
                    "postcode",
                    List.of("postcode", "locality"),
                    List.of(
                            "postcode",
                            "locality",
                            "is_main_municipality_name",
                            "nis_code",
                            "municipality_nl",
                            "deelgemeente_code",
                            "deelgemeente_name",
                            "province_nl",
                            "lat",
                            "lon",
                            "coord_level",
                            "match_method"),
                    List.of(
                            new Column("postcode", "s.postcode"),
                            new Column("locality", "s.locality"),
                            new Column("main_municipality", "s.is_main_municipality_name = '1'"),
                            new Column("nis_code", "s.nis_code"),
                            new Column("deelgemeente_code", "d.code"),
                            new Column("lat", "s.lat::double precision"),
                            new Column("lon", "s.lon::double precision")),
                    "s left join deelgemeente d on d.code = s.deelgemeente_code"));

    String stagingTable() {
        return "nw_stage_" + table;
    }

    String createStagingSql() {
        return "create temporary table " + stagingTable() + " ("
                + csvColumns.stream().map(c -> c + " text").collect(Collectors.joining(", ")) + ")";
    }

    String copySql() {
        return "copy " + stagingTable() + " (" + String.join(", ", csvColumns)
                + ") from stdin with (format csv, header match, encoding 'UTF8')";
    }

    /** Rewrites a row only when a value changed, so that a second run leaves the table untouched. */
    String upsertSql() {
        List<String> names = columns.stream().map(Column::name).toList();
        String updatable = names.stream()
                .filter(n -> !key.contains(n))
                .map(n -> n + " = excluded." + n)
                .collect(Collectors.joining(", "));
        String current = names.stream().map(n -> table + "." + n).collect(Collectors.joining(", "));
        String incoming = names.stream().map(n -> "excluded." + n).collect(Collectors.joining(", "));
        return "insert into " + table + " (" + String.join(", ", names) + ") select "
                + columns.stream().map(Column::expression).collect(Collectors.joining(", "))
                + " from " + stagingTable() + " " + from
                + " on conflict (" + String.join(", ", key) + ") do update set " + updatable
                + " where (" + current + ") is distinct from (" + incoming + ")";
    }
}
