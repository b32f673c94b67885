package be.nestwerk.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** Read through JPQL constructor expressions into {@link DeelgemeenteView}; hence no accessors. */
@Entity
@Immutable
@Table(name = "deelgemeente")
class Deelgemeente {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name")
    private String name;

    @Column(name = "label")
    private String label;

    @Column(name = "nis_code")
    private String nisCode;

    @Column(name = "centroid_lat")
    private @Nullable Double centroidLat;

    @Column(name = "centroid_lon")
    private @Nullable Double centroidLon;

    @Column(name = "area_km2")
    private @Nullable Double areaKm2;

    protected Deelgemeente() {}
}
