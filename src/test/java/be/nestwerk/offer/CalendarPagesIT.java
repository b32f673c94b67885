package be.nestwerk.offer;

import static be.nestwerk.offer.CalendarFixtures.activity;
import static be.nestwerk.offer.CalendarFixtures.once;
import static be.nestwerk.offer.CalendarFixtures.publicPlace;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferFixtures.Scene;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The calendar pages: week and month, their navigation, the links to take the calendar along, and bad input. */
@NestwerkIntegrationTest
class CalendarPagesIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    Scene scene;
    String path;
    LocalDate monday;
    UUID offer;

    @BeforeEach
    void aNetworkWithAnActivityNextWeek() {
        scene = OfferFixtures.scene(context);
        path = "/networks/" + scene.network().slug() + "/calendar";
        monday = LocalDate.now(SessionOccurrences.BELGIUM)
                .plusWeeks(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Place hall = publicPlace("Sporthal");
        Place shelter = CalendarFixtures.confidentialPlace();
        offer = OfferFixtures.published(
                context,
                scene,
                activity(
                                "Peuterturnen",
                                List.of(hall, shelter),
                                List.of(
                                        once(hall, monday.plusDays(2), "10:00", "11:30"),
                                        once(shelter, monday.plusDays(4), "14:00", "15:00")))
                        .text("ar", "جمباز الأطفال", "حركة ولعب")
                        .content());
    }

    @Test
    void showsAWeekAsAListOfDaysWithTheirActivitiesLinkedToTheOfferPage() {
        Document page = page(path + "?date=" + monday.plusDays(3) + "&lang=nl");

        assertThat(page.selectFirst("h1").text())
                .isEqualTo("Activiteiten van " + scene.network().name());
        assertThat(page.selectFirst("#calendar-period").text())
                .startsWith("Week van maandag " + monday.getDayOfMonth());
        assertThat(page.select(".calendar-day h3").eachText()).hasSize(2);
        assertThat(page.select(".calendar-day h3").first().text())
                .startsWith("Woensdag " + monday.plusDays(2).getDayOfMonth());
        Element first = page.selectFirst(".calendar-entry");
        assertThat(first.selectFirst(".calendar-entry__name a").attr("href")).isEqualTo("/offers/" + offer);
        assertThat(first.text())
                .contains("10:00", "11:30", "Sporthal, Grote Markt 1, 2800 Mechelen", "Nog 4 plaatsen vrij");
        assertThat(first.selectFirst("a[href^=https://inschrijven]").text()).isEqualTo("Inschrijven");
    }

    @Test
    void neverShowsTheAddressOfAConfidentialPlace() {
        String body = body(path + "?date=" + monday);

        assertThat(body).contains("Peuterturnen").doesNotContain("Geheimstraat", "Vluchthuis");
    }

    @Test
    void showsAMonthAndLinksToThePreviousAndNextPeriodAndToday() {
        Document month = page(path + "?view=month&date=" + monday.plusDays(2));
        LocalDate first = monday.plusDays(2).withDayOfMonth(1);

        assertThat(month.select(".calendar-entry__name").eachText()).contains("Peuterturnen");
        assertThat(month.selectFirst("a[rel=prev]").attr("href"))
                .contains("view=month", "date=" + first.minusMonths(1));
        assertThat(month.selectFirst("a[rel=next]").attr("href")).contains("view=month", "date=" + first.plusMonths(1));
        assertThat(month.selectFirst(".calendar-nav__views a[aria-current=true]")
                        .text())
                .isEqualTo("Maand");

        Document week = page(path + "?view=week&date=" + monday.plusDays(6));
        assertThat(week.selectFirst("a[rel=prev]").attr("href")).contains("date=" + monday.minusWeeks(1));
        assertThat(week.selectFirst("a[rel=next]").attr("href")).contains("date=" + monday.plusWeeks(1));
        assertThat(week.select(".calendar-nav a").eachText()).contains("Vandaag");
    }

    @Test
    void keepsTheFiltersInTheNavigationTheFeedAndThePaperCalendar() {
        Document page = page(path + "?date=" + monday + "&q=peuter&age=2&in=fr");

        assertThat(page.selectFirst("a[rel=next]").attr("href")).contains("q=peuter", "age=2", "in=fr");
        assertThat(page.selectFirst("#calendar-feed").attr("href"))
                .startsWith(path + ".ics?")
                .contains("q=peuter", "age=2", "in=fr")
                .doesNotContain("date=");
        assertThat(page.selectFirst("#calendar-subscribe").attr("href")).startsWith("webcal://");
        assertThat(page.selectFirst("#calendar-paper").attr("href"))
                .startsWith(path + ".pdf?")
                .contains("q=peuter", "month=" + monday.toString().substring(0, 7), "lang=nl");
        assertThat(page.select(".calendar-entry__name").eachText()).contains("Peuterturnen");
        assertThat(page(path + "?date=" + monday + "&q=zwemmen").select(".calendar-entry"))
                .isEmpty();
    }

    @Test
    void showsArabicNamesRightToLeftAndUntranslatedOnesInDutchMarked() {
        Element arabic = page(path + "?date=" + monday + "&in=ar").selectFirst(".calendar-entry__name a");
        assertThat(arabic.text()).isEqualTo("جمباز الأطفال");
        assertThat(arabic.attr("lang")).isEqualTo("ar");
        assertThat(arabic.attr("dir")).isEqualTo("rtl");
        assertThat(arabic.attr("href")).isEqualTo("/offers/" + offer + "?in=ar");

        Element turkish = page(path + "?date=" + monday + "&in=tr&lang=en").selectFirst(".calendar-entry");
        assertThat(turkish.selectFirst(".calendar-entry__name a").attr("lang")).isEqualTo("nl");
        assertThat(turkish.text()).contains("Peuterturnen", "Not translated yet");
    }

    @Test
    void answersInTheChosenPageLanguage() {
        Document english = page(path + "?date=" + monday + "&lang=en");
        assertThat(english.selectFirst("#calendar-period").text()).startsWith("Week from Monday");
        Document french = page(path + "?view=month&date=" + monday + "&lang=fr");
        assertThat(french.selectFirst("a[rel=next]").text()).isEqualTo("Mois suivant");
    }

    @Test
    void theFlandersWideCalendarAnswersWithoutLogin() {
        assertThat(mvc.get().uri("/calendar")).hasStatusOk().bodyText().contains("Activiteitenkalender");
        assertThat(mvc.get().uri("/calendar").param("view", "month")).hasStatusOk();
    }

    @Test
    void anUnknownNetworkIsNotFound() {
        assertThat(mvc.get().uri("/networks/no-such-network/calendar")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void badParametersGetTranslatedMessagesAndA400() {
        assertProblem(path + "?view=year", "Kies een week of een maand.");
        assertProblem(path + "?date=2026-13-01", "Geef een datum als jjjj-mm-dd");
        assertProblem(path + "?date=1850-01-01", "hoogstens 5 jaar");
        assertProblem(path + "?age=99", "Kies een getal van 0 tot 24.");
        assertProblem(path + "?km=500&place=2800", "Kies een getal van 1 tot 100.");
        assertProblem(path + "?in=xx", "Taal 'xx' kennen we niet.");
        assertProblem(path + "?theme=NOPE", "Thema 'NOPE' kennen we niet.");
        assertProblem(path + "?page=-1", "Kies een getal van 0 tot 1.000.");
        assertProblem("/calendar?place=Qqxqqzq", "We vinden geen gemeente of postcode 'Qqxqqzq'");
        assertThat(mvc.get().uri(path).param("view", "year").param("lang", "en"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Choose a week or a month.");
    }

    private void assertProblem(String uri, String message) {
        MvcTestResult result = mvc.get().uri(uri + "&lang=nl").exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        Document page = Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
        assertThat(page.selectFirst("#calendar-problems").text()).contains(message);
        assertThat(page.selectFirst("form[role=search]")).isNotNull();
    }

    private Document page(String uri) {
        return Jsoup.parse(body(uri));
    }

    private String body(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
