package be.nestwerk.offer;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static be.nestwerk.offer.CalendarFixtures.activity;
import static be.nestwerk.offer.CalendarFixtures.once;
import static be.nestwerk.offer.CalendarFixtures.publicPlace;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferFixtures.Scene;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The iCal feed: a calendar app can read it, keeps each session as one event, and never learns a secret address. */
@NestwerkIntegrationTest
class CalendarFeedIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OfferCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${nestwerk.base-url}")
    String baseUrl;

    Scene scene;
    String feed;
    LocalDate day;
    UUID offer;
    OfferContent content;

    @BeforeEach
    void aNetworkWithAnActivityAtAPublicAndAConfidentialPlace() {
        scene = OfferFixtures.scene(context);
        feed = "/networks/" + scene.network().slug() + "/calendar.ics";
        day = LocalDate.now(SessionOccurrences.BELGIUM).plusDays(10);
        Place hall = publicPlace("Sporthal");
        Place shelter = CalendarFixtures.confidentialPlace();
        content = activity(
                        "Babymassage",
                        List.of(hall, shelter),
                        List.of(once(hall, day, "10:00", "11:30"), once(shelter, day.plusDays(1), "14:00", "15:00")))
                .content();
        offer = OfferFixtures.published(context, scene, content);
    }

    @Test
    void servesAnICalendarThatParsesWithTheSessionsInBelgianTime() throws Exception {
        MvcTestResult result = mvc.get().uri(feed).exchange();

        assertThat(result).hasStatusOk().hasContentType("text/calendar;charset=UTF-8");
        Calendar calendar = parse(result);
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        assertThat(first.getSummary().getValue()).isEqualTo("Babymassage");
        assertThat(first.getDateTimeStart().getParameter("TZID").map(p -> p.getValue()))
                .contains("Europe/Brussels");
        assertThat(LocalDateTime.from((Temporal) first.getDateTimeStart().getDate()))
                .isEqualTo(day.atTime(10, 0));
        assertThat(LocalDateTime.from((Temporal) first.getDateTimeEnd().getDate()))
                .isEqualTo(day.atTime(11, 30));
        assertThat(first.getLocation().getValue()).isEqualTo("Sporthal, Grote Markt 1, 2800 Mechelen");
        assertThat(first.getUrl().getValue()).isEqualTo(baseUrl + "/offers/" + offer);
        assertThat(first.getDescription().getValue()).contains("Korte uitleg over Babymassage");
        assertThat(first.getLastModified()).isNotNull();
    }

    @Test
    void aSessionAtAConfidentialPlaceHasNoLocationAndTheFeedNoSecretAddress() throws Exception {
        MvcTestResult result = mvc.get().uri(feed).exchange();

        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Geheimstraat", "Vluchthuis");
        VEvent second = parse(result).<VEvent>getComponents(Component.VEVENT).get(1);
        assertThat(second.getProperty(Property.LOCATION)).isEmpty();
    }

    @Test
    void eachEventKeepsItsUidAcrossRequestsAndRepublication() throws Exception {
        List<String> sessions = jdbc.queryForList(
                "select id::text from activity_session where offer_id = ? order by starts_at", String.class, offer);
        List<String> before = uids(feed);
        assertThat(before).containsExactly(sessions.get(0) + "@nestwerk", sessions.get(1) + "@nestwerk");
        assertThat(uids(feed)).isEqualTo(before);

        actingAs(scene.writer(), () -> {
            catalogue.saveDraft(
                    scene.network().id(),
                    offer,
                    new CalendarFixtures.Activity(content)
                            .text("nl", "Babymassage (nieuw)", "Anders")
                            .content());
            catalogue.submit(scene.network().id(), offer);
            return null;
        });
        actingAs(scene.coordinator(), () -> {
            catalogue.publish(scene.network().id(), offer);
            return null;
        });

        assertThat(uids(feed)).isEqualTo(before);
    }

    @Test
    void theFeedTakesTheSearchFiltersAndTheLanguage() throws Exception {
        assertThat(uids(feed + "?q=zwemmen")).isEmpty();
        assertThat(uids(feed + "?q=babymassage")).hasSize(2);
        assertThat(mvc.get().uri("/calendar.ics")).hasStatusOk().hasContentType("text/calendar;charset=UTF-8");
    }

    @Test
    void badFiltersAndUnknownNetworksAreRefusedWithoutAServerError() {
        assertThat(mvc.get().uri(feed).param("age", "99").param("lang", "en"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Choose a number from 0 to 24.");
        assertThat(mvc.get().uri(feed).param("in", "xx")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/networks/no-such-network/calendar.ics")).hasStatus(HttpStatus.NOT_FOUND);
    }

    private List<String> uids(String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return parse(result).<VEvent>getComponents(Component.VEVENT).stream()
                .map(event -> event.getUid().orElseThrow().getValue())
                .toList();
    }

    private static Calendar parse(MvcTestResult result) throws Exception {
        return new CalendarBuilder()
                .build(new StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
    }
}
