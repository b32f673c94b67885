package be.nestwerk.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One bpost locality of a postcode. Read through JPQL constructor expressions into {@link PostcodeView}. */
@Entity
@Immutable
@Table(name = "postcode")
class Postcode {

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "postcode")
    private String postcode;

    @Column(name = "locality")
    private String locality;

    @Column(name = "main_municipality")
    private boolean mainMunicipality;

    @Column(name = "nis_code")
    private String nisCode;

    @Column(name = "deelgemeente_code")
    private @Nullable String deelgemeenteCode;

    @Column(name = "lat")
    private @Nullable Double lat;

    @Column(name = "lon")
    private @Nullable Double lon;

    protected Postcode() {}
}
