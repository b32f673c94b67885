package be.nestwerk.territory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DeelgemeenteRepository extends Repository<Deelgemeente, String> {

    String VIEW = "select new be.nestwerk.territory.DeelgemeenteView(d.code, d.name, d.nisCode, m.nameNl)"
            + " from Deelgemeente d join Municipality m on m.nisCode = d.nisCode ";

    @Query(VIEW + "where d.nisCode = :nisCode order by d.name")
    List<DeelgemeenteView> findViewsByNisCode(String nisCode);

    @Query(VIEW + "where d.code = :code")
    Optional<DeelgemeenteView> findViewByCode(String code);

    @Query(VIEW + "where d.code in :codes order by d.name")
    List<DeelgemeenteView> findViewsByCodes(Collection<String> codes);
}
