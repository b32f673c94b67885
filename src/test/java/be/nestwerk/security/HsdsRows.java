package be.nestwerk.security;

import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.List;

/** Matrix rows for the HSDS 3.0 read API and the HSDS import. */
final class HsdsRows {

    private HsdsRows() {}

    static List<Row> rows() {
        return List.of();
    }
}
