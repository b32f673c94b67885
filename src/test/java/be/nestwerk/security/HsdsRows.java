package be.nestwerk.security;

import static be.nestwerk.security.AuthorisationMatrixIT.EVERYONE;
import static be.nestwerk.security.AuthorisationMatrixIT.PARTNER_ADMINS;

import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Matrix rows for the HSDS 3.0 read API (open data: everyone, only published offers) and the HSDS import
 * (coordinators, and partner admins for their own organisation). {id} is the own organisation: the organization
 * answers, the other ids name nothing (lookup rows), like an upload that is not there.
 */
final class HsdsRows {

    private HsdsRows() {}

    static List<Row> rows() {
        return List.of(
                new Row(HttpMethod.GET, "/api/hsds/v3", EVERYONE),
                new Row(HttpMethod.GET, "/api/hsds/v3/", EVERYONE),
                new Row(HttpMethod.GET, "/api/hsds/v3/services", EVERYONE),
                Row.lookup(HttpMethod.GET, "/api/hsds/v3/services/{id}", EVERYONE),
                new Row(HttpMethod.GET, "/api/hsds/v3/organizations", EVERYONE),
                new Row(HttpMethod.GET, "/api/hsds/v3/organizations/{id}", EVERYONE),
                new Row(HttpMethod.GET, "/api/hsds/v3/service_at_locations", EVERYONE),
                Row.lookup(HttpMethod.GET, "/api/hsds/v3/service_at_locations/{id}", EVERYONE),
                new Row(HttpMethod.GET, "/api/hsds/v3/taxonomies", EVERYONE),
                Row.lookup(HttpMethod.GET, "/api/hsds/v3/taxonomies/{id}", EVERYONE),
                new Row(HttpMethod.GET, "/api/hsds/v3/taxonomy_terms", EVERYONE),
                Row.lookup(HttpMethod.GET, "/api/hsds/v3/taxonomy_terms/{id}", EVERYONE),
                new Row(HttpMethod.GET, "/n/{slug}/offers/import/hsds", PARTNER_ADMINS),
                new Row(HttpMethod.POST, "/n/{slug}/offers/import/hsds", PARTNER_ADMINS),
                Row.lookup(HttpMethod.GET, "/n/{slug}/offers/import/hsds/{id}", PARTNER_ADMINS),
                Row.lookup(HttpMethod.POST, "/n/{slug}/offers/import/hsds/{id}", PARTNER_ADMINS));
    }
}
