package be.nestwerk.security;

import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.List;

/** Matrix rows for the coordinator's review, the 12-month check and the CSV import. */
final class OfferReviewRows {

    private OfferReviewRows() {}

    static List<Row> rows() {
        return List.of();
    }
}
