package be.nestwerk.territory;

import java.util.List;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.Repository;

/** Searches municipalities, deelgemeenten and sectors at once, for a picker "by name or postcode". */
interface TerritoryUnitRepository extends Repository<Municipality, String> {

    interface UnitRow {
        String getType();

        String getCode();

        String getLabel();

        String getNisCode();

        String getMunicipalityNl();
    }

    String BY_NAME = """
            with unit as (
                select 'MUNICIPALITY' as type, 0 as type_order, m.nis_code as code, m.name_nl as label, m.nis_code,
                       m.name_nl as municipality_nl, replace(nw_fold(m.name_nl), '-', ' ') as name_key,
                       replace(nw_fold(m.name_fr), '-', ' ') as other_key
                from municipality m
                union all
                select 'DEELGEMEENTE', 1, d.code, d.name, d.nis_code, m.name_nl,
                       replace(nw_fold(d.name), '-', ' '), null
                from deelgemeente d join municipality m on m.nis_code = d.nis_code
                union all
                select 'SECTOR', 2, s.code, s.name, s.nis_code, m.name_nl,
                       replace(nw_fold(s.name), '-', ' '), null
                from statistical_sector s join municipality m on m.nis_code = s.nis_code
            ),
            matched as (
                select u.*, case
                    when u.name_key = nw_fold(:exact) or u.other_key = nw_fold(:exact) then 0
                    when u.name_key like nw_fold(:prefix) escape '\\'
                      or u.other_key like nw_fold(:prefix) escape '\\' then 1
                    when u.name_key like nw_fold(:wordPrefix) escape '\\'
                      or u.other_key like nw_fold(:wordPrefix) escape '\\' then 2
                    else 3 end as rank
                from unit u
                where u.name_key like nw_fold(:contains) escape '\\'
                   or u.other_key like nw_fold(:contains) escape '\\'
            )
            """;

    String BY_POSTCODE = """
            with matched as (
                select 'MUNICIPALITY' as type, 0 as type_order, m.nis_code as code, m.name_nl as label, m.nis_code,
                       m.name_nl as municipality_nl, min(p.postcode) as first_postcode
                from postcode p join municipality m on m.nis_code = p.nis_code
                where p.postcode like :prefix
                group by m.nis_code, m.name_nl
                union all
                select 'DEELGEMEENTE', 1, d.code, d.name, d.nis_code, m.name_nl, min(p.postcode)
                from postcode p
                    join deelgemeente d on d.code = p.deelgemeente_code
                    join municipality m on m.nis_code = d.nis_code
                where p.postcode like :prefix
                group by d.code, d.name, d.nis_code, m.name_nl
            )
            """;

    String COLUMNS =
            "select type, code, label, nis_code as \"nisCode\", municipality_nl as \"municipalityNl\" from matched ";

    @NativeQuery(BY_NAME + COLUMNS + "order by rank, type_order, name_key, code limit :limit offset :offset")
    List<UnitRow> findByName(String exact, String prefix, String wordPrefix, String contains, int limit, long offset);

    @NativeQuery(BY_NAME + "select count(*) from matched")
    long countByName(String exact, String prefix, String wordPrefix, String contains);

    @NativeQuery(BY_POSTCODE + COLUMNS + "order by first_postcode, type_order, label, code limit :limit offset :offset")
    List<UnitRow> findByPostcodePrefix(String prefix, int limit, long offset);

    @NativeQuery(BY_POSTCODE + "select count(*) from matched")
    long countByPostcodePrefix(String prefix);
}
