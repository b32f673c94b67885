package be.nestwerk.security;

import static be.nestwerk.security.AuthorisationMatrixIT.EVERYONE;

import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.List;
import org.springframework.http.HttpMethod;

/** Matrix rows for the public search page, its JSON API and the map. */
final class FrontDoorRows {

    private FrontDoorRows() {}

    static List<Row> rows() {
        return List.of(
                new Row(HttpMethod.GET, "/offers", EVERYONE),
                new Row(HttpMethod.GET, "/networks/{slug}/offers", EVERYONE),
                new Row(HttpMethod.GET, "/api/v1/offers/search", EVERYONE));
    }
}
