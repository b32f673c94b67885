package be.nestwerk.territory;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PostcodeRepository extends Repository<Postcode, Integer> {

    @Query("select new be.nestwerk.territory.PostcodeView(p.postcode, p.locality, p.nisCode, m.nameNl,"
            + " p.deelgemeenteCode) from Postcode p join Municipality m on m.nisCode = p.nisCode"
            + " where p.postcode = :postcode order by p.mainMunicipality desc, p.locality")
    List<PostcodeView> findViewsByPostcode(String postcode);

    @Query("select new be.nestwerk.territory.PostcodeLocation(p.postcode, p.locality, p.nisCode, m.nameNl,"
            + " coalesce(p.lat, m.centroidLat), coalesce(p.lon, m.centroidLon)) from Postcode p"
            + " join Municipality m on m.nisCode = p.nisCode"
            + " where p.postcode = :postcode order by p.mainMunicipality desc, p.locality")
    List<PostcodeLocation> findLocationsByPostcode(String postcode);
}
