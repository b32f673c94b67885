package be.nestwerk.territory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MunicipalityRepository extends Repository<Municipality, String> {

    Optional<Municipality> findById(String nisCode);

    boolean existsById(String nisCode);

    @Query("select m from Municipality m order by m.nameNl")
    List<Municipality> findAllOrderByName();

    @Query("select m from Municipality m where m.nisCode in :nisCodes order by m.nameNl")
    List<Municipality> findByNisCodes(Collection<String> nisCodes);

    @Query("select m from Municipality m where m.nisCode in (select p.nisCode from Postcode p where p.postcode like"
            + " :prefix) order by m.nameNl")
    List<Municipality> findByPostcodePrefix(String prefix);

    /** Dutch or French name, accent-insensitive; exact matches first, then names starting with the term. */
    @NativeQuery("""
            select m.* from municipality m
            where replace(nw_fold(m.name_nl), '-', ' ') like nw_fold(:contains) escape '\\'
               or replace(nw_fold(m.name_fr), '-', ' ') like nw_fold(:contains) escape '\\'
            order by case
                when replace(nw_fold(m.name_nl), '-', ' ') = nw_fold(:exact)
                  or replace(nw_fold(m.name_fr), '-', ' ') = nw_fold(:exact) then 0
                when replace(nw_fold(m.name_nl), '-', ' ') like nw_fold(:prefix) escape '\\'
                  or replace(nw_fold(m.name_fr), '-', ' ') like nw_fold(:prefix) escape '\\' then 1
                else 2 end,
              m.name_nl
            """)
    List<Municipality> findByName(String exact, String prefix, String contains);
}
