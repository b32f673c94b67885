package be.nestwerk.offer;

import be.nestwerk.platform.web.SiteAddress;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.springframework.stereotype.Component;

/**
 * Writes calendar entries as an iCalendar feed (RFC 5545) that calendar apps can subscribe to. Times carry the
 * Europe/Brussels time zone, whose definition is included; a session's UID is its id, which stays the same when the
 * offer is published again, so that a subscribed calendar updates an event instead of duplicating it.
 */
@Component
class ICalendarFeed {

    /** The feed looks this many months ahead from today, and holds at most this many events. */
    static final int MONTHS_AHEAD = 3;

    static final int MAX_EVENTS = 2000;
    static final String UID_DOMAIN = "@nestwerk";

    private final SiteAddress site;
    private final VTimeZone brussels;

    ICalendarFeed(SiteAddress site) {
        this.site = site;
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        this.brussels = registry.getTimeZone(SessionOccurrences.BELGIUM.getId()).getVTimeZone();
    }

    byte[] render(List<CalendarEntry> entries, String name, Instant now) {
        Calendar calendar = new Calendar()
                .withProdId("-//Nestwerk//Activiteitenkalender//NL")
                .withDefaults()
                .getFluentTarget();
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", SessionOccurrences.BELGIUM.getId()));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT12H"));
        calendar.add(brussels);
        entries.forEach(entry -> calendar.add(event(entry, now)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private VEvent event(CalendarEntry entry, Instant now) {
        VEvent event = new VEvent(entry.startsAt(), entry.endsAt(), entry.name());
        event.replace(new DtStamp(now));
        event.add(new Uid(entry.sessionId() + UID_DOMAIN));
        event.add(new LastModified(entry.modifiedAt()));
        event.add(new Url(URI.create(site.absolute("/offers/" + entry.offerId()))));
        String address = entry.address();
        if (address != null) {
            event.add(new Location(address));
        }
        String description = Stream.of(entry.summary(), entry.organisationName())
                .filter(Objects::nonNull)
                .filter(part -> !part.isBlank())
                .collect(Collectors.joining("\n"));
        if (!description.isEmpty()) {
            event.add(new Description(description));
        }
        return event;
    }
}
