package be.nestwerk.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

@Entity
@Immutable
@Table(name = "municipality")
class Municipality {

    @Id
    @Column(name = "nis_code")
    private String nisCode;

    @Column(name = "name_nl")
    private String nameNl;

    @Column(name = "name_fr")
    private @Nullable String nameFr;

    @Column(name = "region_nis")
    private String regionNis;

    @Column(name = "region_nl")
    private String regionNl;

    @Column(name = "province_nis")
    private @Nullable String provinceNis;

    @Column(name = "province_nl")
    private @Nullable String provinceNl;

    @Column(name = "arrondissement_nis")
    private String arrondissementNis;

    @Column(name = "arrondissement_nl")
    private String arrondissementNl;

    @Column(name = "centroid_lat")
    private double centroidLat;

    @Column(name = "centroid_lon")
    private double centroidLon;

    @Column(name = "area_km2")
    private @Nullable Double areaKm2;

    @Column(name = "merged_2025_from")
    private @Nullable String merged2025From;

    @Column(name = "population_2020")
    private @Nullable Integer population2020;

    protected Municipality() {}

    String nisCode() {
        return nisCode;
    }

    MunicipalityView view() {
        return new MunicipalityView(nisCode, nameNl, nameFr, provinceNl, regionNl, centroidLat, centroidLon);
    }
}
