package be.nestwerk.security;

import static be.nestwerk.security.AuthorisationMatrixIT.COORDINATORS;
import static be.nestwerk.security.AuthorisationMatrixIT.OFFER_WRITERS;

import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.List;
import org.springframework.http.HttpMethod;

/** Matrix rows for the coordinator's review, the 12-month check and the CSV import. */
final class OfferReviewRows {

    private OfferReviewRows() {}

    /** Reading rows first: publishing {offerId} ends its review, after which reject answers 409 (still allowed). */
    static List<Row> rows() {
        return List.of(
                new Row(HttpMethod.GET, "/n/{slug}/offers/review", COORDINATORS),
                new Row(HttpMethod.GET, "/n/{slug}/offers/{offerId}/review", COORDINATORS),
                Row.lookup(
                        HttpMethod.GET,
                        "/n/{slug}/offers/" + AuthorisationMatrixIT.unknownId() + "/review",
                        COORDINATORS),
                new Row(HttpMethod.POST, "/n/{slug}/offers/{offerId}/reject", COORDINATORS),
                new Row(HttpMethod.POST, "/n/{slug}/offers/{offerId}/publish", COORDINATORS),
                new Row(HttpMethod.POST, "/n/{slug}/offers/{offerId}/confirm", OFFER_WRITERS),
                new Row(HttpMethod.GET, "/n/{slug}/offers/import", OFFER_WRITERS),
                new Row(HttpMethod.GET, "/n/{slug}/offers/import/template.csv", OFFER_WRITERS),
                new Row(HttpMethod.POST, "/n/{slug}/offers/import", OFFER_WRITERS));
    }
}
