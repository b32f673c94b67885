package be.nestwerk.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** Read through JPQL constructor expressions into {@link SectorView}; hence no accessors. */
@Entity
@Immutable
@Table(name = "statistical_sector")
class StatisticalSector {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name")
    private String name;

    /** Null for the "niet te lokaliseren" sectors that belong to no deelgemeente. */
    @Column(name = "deelgemeente_code")
    private @Nullable String deelgemeenteCode;

    @Column(name = "nis_code")
    private String nisCode;

    protected StatisticalSector() {}
}
