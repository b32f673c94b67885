package be.nestwerk.security;

import static be.nestwerk.security.AuthorisationMatrixIT.EVERYONE;

import be.nestwerk.security.AuthorisationMatrixIT.Row;
import java.util.List;
import org.springframework.http.HttpMethod;

/** Matrix rows for the public calendar, its iCal feed and the paper calendar. */
final class CalendarRows {

    private CalendarRows() {}

    static List<Row> rows() {
        return List.of(
                new Row(HttpMethod.GET, "/calendar", EVERYONE),
                new Row(HttpMethod.GET, "/calendar.ics", EVERYONE),
                new Row(HttpMethod.GET, "/calendar.pdf", EVERYONE),
                new Row(HttpMethod.GET, "/networks/{slug}/calendar", EVERYONE),
                new Row(HttpMethod.GET, "/networks/{slug}/calendar.ics", EVERYONE),
                new Row(HttpMethod.GET, "/networks/{slug}/calendar.pdf", EVERYONE));
    }
}
