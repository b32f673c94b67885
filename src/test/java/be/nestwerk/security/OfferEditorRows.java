package be.nestwerk.security;

import static be.nestwerk.security.AuthorisationMatrixIT.OFFER_WRITERS;

import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Matrix rows for the partners' offer editor (list, new, edit, submit, history, places left). Only those who write
 * the own organisation's offers (its partner admin and professional, and the coordinator) get in; volunteers,
 * coordinators of another network and the agency are refused. Posted without parameters, the forms answer with
 * their messages (400) and submitting a version that is already in review is refused as a rule (409): both are
 * "allowed in", not refused.
 */
final class OfferEditorRows {

    private OfferEditorRows() {}

    static List<Row> rows() {
        return List.of(
                new Row(HttpMethod.GET, "/n/{slug}/offers", OFFER_WRITERS),
                new Row(HttpMethod.GET, "/n/{slug}/offers/new", OFFER_WRITERS),
                new Row(HttpMethod.POST, "/n/{slug}/offers", OFFER_WRITERS),
                new Row(HttpMethod.GET, "/n/{slug}/offers/{offerId}", OFFER_WRITERS),
                new Row(HttpMethod.GET, "/n/{slug}/offers/{offerId}/edit", OFFER_WRITERS),
                new Row(HttpMethod.POST, "/n/{slug}/offers/{offerId}/edit", OFFER_WRITERS),
                new Row(HttpMethod.POST, "/n/{slug}/offers/{offerId}/submit", OFFER_WRITERS),
                new Row(HttpMethod.GET, "/n/{slug}/offers/{offerId}/history", OFFER_WRITERS),
                new Row(HttpMethod.POST, "/n/{slug}/offers/{offerId}/sessions/{sessionId}/places", OFFER_WRITERS));
    }
}
