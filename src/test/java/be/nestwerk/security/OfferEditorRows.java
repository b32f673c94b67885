package be.nestwerk.security;

import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.List;

/** Matrix rows for the partners' offer editor (list, new, edit, submit, history, places left). */
final class OfferEditorRows {

    private OfferEditorRows() {}

    static List<Row> rows() {
        return List.of();
    }
}
