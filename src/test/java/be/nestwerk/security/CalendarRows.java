package be.nestwerk.security;

import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.List;

/** Matrix rows for the public calendar, its iCal feed and the paper calendar. */
final class CalendarRows {

    private CalendarRows() {}

    static List<Row> rows() {
        return List.of();
    }
}
