package be.nestwerk.territory;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StatisticalSectorRepository extends Repository<StatisticalSector, String> {

    String VIEW = "select new be.nestwerk.territory.SectorView(s.code, s.name, s.deelgemeenteCode, s.nisCode)"
            + " from StatisticalSector s ";

    /** How many sectors a municipality or deelgemeente has. */
    interface SectorCount {
        String getCode();

        long getSectors();
    }

    @Query(VIEW + "where s.nisCode = :nisCode order by s.code")
    List<SectorView> findViewsByNisCode(String nisCode);

    @Query(VIEW + "where s.code in :codes order by s.code")
    List<SectorView> findViewsByCodes(Collection<String> codes);

    @Query("select s.code from StatisticalSector s where s.code in :codes")
    List<String> findExistingCodes(Collection<String> codes);

    @Query("select s.code from StatisticalSector s where s.nisCode in :nisCodes")
    List<String> findCodesByNisCodes(Collection<String> nisCodes);

    @Query("select s.code from StatisticalSector s where s.deelgemeenteCode in :deelgemeenteCodes")
    List<String> findCodesByDeelgemeenteCodes(Collection<String> deelgemeenteCodes);

    @Query("select s.nisCode as code, count(s) as sectors from StatisticalSector s where s.nisCode in :nisCodes"
            + " group by s.nisCode")
    List<SectorCount> countByNisCodes(Collection<String> nisCodes);

    @Query("select s.deelgemeenteCode as code, count(s) as sectors from StatisticalSector s"
            + " where s.deelgemeenteCode in :deelgemeenteCodes group by s.deelgemeenteCode")
    List<SectorCount> countByDeelgemeenteCodes(Collection<String> deelgemeenteCodes);
}
