package be.nestwerk.security;

import static be.nestwerk.security.AuthorisationMatrixIT.EVERYONE;
import static be.nestwerk.security.AuthorisationMatrixIT.FAMILY_STAFF;

import be.nestwerk.security.AuthorisationMatrixIT.Actor;
import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * Matrix rows for the families pages. Only staff who work with families for an organisation (its partner admin and
 * professional) get in; the coordinator of the matrix has no organisation and sees no family, nor do volunteers,
 * other networks or the agency. Every id-guessing attempt is refused to everyone: a family of another organisation
 * without consent, a family of another network asked under this network's address, a family whose consent to the
 * own organisation was revoked, and another family's consent.
 */
final class FamilyRows {

    private static final Set<Actor> NOBODY = EnumSet.noneOf(Actor.class);

    private FamilyRows() {}

    static List<Row> rows() {
        return List.of(
                new Row(HttpMethod.GET, "/n/{slug}/families", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/families/new", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/families/transitions", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/families/new", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/families/{familyId}", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/families/{otherFamilyId}", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/families/{foreignFamilyId}", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/families/{revokedFamilyId}", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/families/{familyId}/consents", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/families/{otherFamilyId}/consents", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/families/{familyId}/consents/{consentId}/revoke", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/families/{familyId}/consents/{otherConsentId}/revoke", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/families/{otherFamilyId}/consents/{otherConsentId}/revoke", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/families/{familyId}/consent-link", FAMILY_STAFF),
                // without its confirmation the erasure only shows the file again (400): allowed in, nothing erased
                new Row(HttpMethod.POST, "/n/{slug}/families/{familyId}/erase", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/families/{otherFamilyId}/erase", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/families/{familyId}/children", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/families/{otherFamilyId}/children", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/families/{familyId}/edit", FAMILY_STAFF),
                new Row(HttpMethod.POST, "/n/{slug}/families/{familyId}/edit", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/families/{otherFamilyId}/edit", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/families/{foreignFamilyId}/edit", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/families/{familyId}/export.json", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/families/{familyId}/export.pdf", FAMILY_STAFF),
                new Row(HttpMethod.GET, "/n/{slug}/families/{foreignFamilyId}/export.json", NOBODY),
                new Row(HttpMethod.GET, "/n/{slug}/families/{otherFamilyId}/export.pdf", NOBODY),
                new Row(HttpMethod.POST, "/n/{slug}/families/{otherFamilyId}/consent-link", NOBODY),
                // the family's own page: the link is the key; an unknown link is not found, for everyone
                Row.lookup(HttpMethod.GET, "/consent/{token}", EVERYONE),
                Row.lookup(HttpMethod.POST, "/consent/{token}/revoke", EVERYONE));
    }
}
