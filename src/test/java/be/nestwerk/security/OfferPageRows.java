package be.nestwerk.security;

import static be.nestwerk.security.AuthorisationMatrixIT.EVERYONE;

import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.List;
import org.springframework.http.HttpMethod;

/** Matrix rows for the public offer page: a published offer is for anyone, without signing in. */
final class OfferPageRows {

    private OfferPageRows() {}

    static List<Row> rows() {
        return List.of(new Row(HttpMethod.GET, "/offers/{offerId}", EVERYONE));
    }
}
