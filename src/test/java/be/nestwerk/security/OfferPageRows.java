package be.nestwerk.security;

import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.List;

/** Matrix rows for the public offer page. */
final class OfferPageRows {

    private OfferPageRows() {}

    static List<Row> rows() {
        return List.of();
    }
}
