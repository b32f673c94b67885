package be.nestwerk.offer;

import static be.nestwerk.offer.CalendarFixtures.activity;
import static be.nestwerk.offer.CalendarFixtures.once;
import static be.nestwerk.offer.CalendarFixtures.publicPlace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferFixtures.Scene;
import be.nestwerk.platform.pdf.DocumentText;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The paper calendar: an A4 month in the chosen language, with the activities and a count of those left out. */
@NestwerkIntegrationTest
class PaperCalendarIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    Scene scene;
    String paper;
    YearMonth month;
    LocalDate busyDay;

    @BeforeEach
    void aNetworkWithActivitiesNextMonthOneDayFull() {
        scene = OfferFixtures.scene(context);
        paper = "/networks/" + scene.network().slug() + "/calendar.pdf";
        month = YearMonth.now(SessionOccurrences.BELGIUM).plusMonths(1);
        busyDay = month.atDay(12);
        Place hall = publicPlace("Sporthal");
        OfferFixtures.published(
                context,
                scene,
                activity("Kleutersport", List.of(hall), List.of(once(hall, month.atDay(3), "10:00", "11:00")))
                        .text("ar", "رياضة للأطفال", "حركة")
                        .text("ru", "Спорт для малышей", "Движение")
                        .content());
        Place room = publicPlace("Speelzaal");
        List<OfferContent.SessionSeries> many = new ArrayList<>();
        for (int hour = 8; hour < 15; hour++) {
            many.add(once(room, busyDay, String.format("%02d:00", hour), String.format("%02d:45", hour)));
        }
        OfferFixtures.published(
                context,
                scene,
                activity("Open speelmoment", List.of(room), many).content());
    }

    @Test
    void printsTheMonthOnOneA4PageWithItsActivities() throws Exception {
        MvcTestResult result = mvc.get()
                .uri(paper)
                .param("month", month.toString())
                .param("lang", "nl")
                .exchange();

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
            assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot())
                    .as("tagged for screen readers")
                    .isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(pdf.getDocumentInformation().getTitle()).contains(dutchMonth());
            String text = words(new PDFTextStripper().getText(pdf));
            assertThat(text)
                    .contains("Activiteiten van " + scene.network().name())
                    .contains(dutchMonth() + " " + month.getYear())
                    .contains("Kleutersport")
                    .contains("Open speelmoment")
                    .contains("+ 3 meer")
                    .contains("Uitleg");
        }
    }

    @Test
    void printsInTheChosenLanguagesAndInDutchWhereTheScriptCannotBePrinted() throws Exception {
        String russian = text(mvc.get()
                .uri(paper)
                .param("month", month.toString())
                .param("in", "ru")
                .param("lang", "en"));
        assertThat(russian).contains("Спорт для малышей").contains("Key").contains(englishMonth());

        String arabic = text(mvc.get()
                .uri(paper)
                .param("month", month.toString())
                .param("in", "ar")
                .param("lang", "fr"));
        assertThat(arabic).contains(Normalizer.normalize("رياضة للأطفال", Normalizer.Form.NFKC));

        String tigrinya = text(mvc.get()
                .uri(paper)
                .param("month", month.toString())
                .param("in", "ti")
                .param("lang", "fr"));
        assertThat(tigrinya)
                .contains("Kleutersport")
                .contains("Nous ne pouvons pas encore imprimer en "
                        + Locale.forLanguageTag("ti").getDisplayLanguage(Locale.FRENCH));
    }

    @Test
    void badParametersAreRefusedWithATranslatedMessage() {
        assertThat(mvc.get().uri(paper).param("month", "2026-13").param("lang", "nl"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Geef een maand als jjjj-mm");
        assertThat(mvc.get().uri("/networks/no-such-network/calendar.pdf")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/calendar.pdf")).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
    }

    private String text(MockMvcTester.MockMvcRequestBuilder request) throws Exception {
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            return words(DocumentText.of(pdf));
        }
    }

    /** The text with every run of white space as one space: names wrap in the narrow squares of the grid. */
    private static String words(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** "December": the month's Dutch name as a heading. */
    private String dutchMonth() {
        String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl"));
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private String englishMonth() {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
