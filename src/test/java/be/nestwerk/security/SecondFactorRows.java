package be.nestwerk.security;

import static be.nestwerk.security.AuthorisationMatrixIT.COORDINATORS;
import static be.nestwerk.security.AuthorisationMatrixIT.SIGNED_IN;

import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Matrix rows for the second factor: every signed-in person manages their own at /account/two-factor (posted without
 * a code, the forms answer 400, or send a person without a factor to the enrolment: "allowed in"); only a
 * coordinator of the network sees and resets a member's, for an unknown membership a 404.
 */
final class SecondFactorRows {

    private SecondFactorRows() {}

    static List<Row> rows() {
        return List.of(
                new Row(HttpMethod.GET, "/account/two-factor", SIGNED_IN),
                new Row(HttpMethod.POST, "/account/two-factor", SIGNED_IN),
                new Row(HttpMethod.POST, "/account/two-factor/enrol", SIGNED_IN),
                new Row(HttpMethod.POST, "/account/two-factor/reset", SIGNED_IN),
                Row.lookup(HttpMethod.GET, "/n/{slug}/members/{membershipId}/two-factor", COORDINATORS),
                Row.lookup(HttpMethod.POST, "/n/{slug}/members/{membershipId}/two-factor/reset", COORDINATORS));
    }
}
