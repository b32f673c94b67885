package be.nestwerk.offer;

import static be.nestwerk.offer.OfferSearchOffers.offer;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.offer.OfferFixtures.Scene;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The open JSON search: the platform's page envelope of result cards, and translated 400s for bad parameters. */
@NestwerkIntegrationTest
class OfferSearchApiIT {

    static final String MECHELEN = "huis-van-het-kind-mechelen-fictief";

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @LocalServerPort
    int port;

    Scene scene;

    @BeforeEach
    void scene() {
        scene = OfferFixtures.scene(context);
    }

    @Test
    void answersAPageOfResultCardsWithoutLogin() {
        UUID id = OfferFixtures.published(
                context,
                scene,
                offer("Speelotheek De Blokkendoos", "Speelgoed lenen voor thuis")
                        .text("ar", "مكتبة الألعاب", "استعارة الألعاب")
                        .languages("nl", "ar")
                        .at("2800", 51.03, 4.48)
                        .content());

        assertThat(mvc.get()
                        .uri("/api/v1/offers/search")
                        .param("network", scene.network().slug())
                        .param("q", "speelotheek")
                        .param("place", "2800")
                        .param("km", "5")
                        .param("in", "ar"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.totalItems").isEqualTo(1);
                    assertThat(json).extractingPath("$.page").isEqualTo(0);
                    assertThat(json).extractingPath("$.size").isEqualTo(20);
                    assertThat(json).extractingPath("$.totalPages").isEqualTo(1);
                    assertThat(json).extractingPath("$.items[0].id").isEqualTo(id.toString());
                    assertThat(json).extractingPath("$.items[0].name").isEqualTo("مكتبة الألعاب");
                    assertThat(json).extractingPath("$.items[0].summary").isEqualTo("استعارة الألعاب");
                    assertThat(json).extractingPath("$.items[0].language").isEqualTo("ar");
                    assertThat(json).extractingPath("$.items[0].inDutchInstead").isEqualTo(false);
                    assertThat(json).extractingPath("$.items[0].kind").isEqualTo("SERVICE");
                    assertThat(json)
                            .extractingPath("$.items[0].organisation")
                            .asString()
                            .startsWith("Aanbieder");
                    assertThat(json).extractingPath("$.items[0].place.postcode").isEqualTo("2800");
                    assertThat(json).extractingPath("$.items[0].place.latitude").isEqualTo(51.03);
                    assertThat(json)
                            .extractingPath("$.items[0].distanceKm")
                            .asNumber()
                            .isNotNull();
                    assertThat(json).extractingPath("$.items[0].free").isEqualTo(true);
                    assertThat(json).extractingPath("$.items[0].costKinds[0]").isEqualTo("FREE");
                    assertThat(json)
                            .extractingPath("$.items[0].languages")
                            .asArray()
                            .contains("nl", "ar");
                    assertThat(json).extractingPath("$.items[0].url").isEqualTo("/offers/" + id);
                });
    }

    @Test
    void answersEachQueryStringOverHttpWithItsOwnResults() throws Exception {
        OfferFixtures.published(
                context, scene, offer("Tienerwerking De Schakel").content());
        OfferFixtures.published(context, scene, offer("Babyclub Het Wiegje").content());
        HttpClient http = HttpClient.newHttpClient();

        for (int twice = 0; twice < 2; twice++) {
            for (String word : List.of("tienerwerking", "babyclub")) {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/offers/search?network="
                                        + scene.network().slug() + "&q=" + word))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
                assertThat(answer.body()).containsIgnoringCase(word).contains("\"totalItems\":1");
            }
        }
    }

    @Test
    void pagesWithPageAndSize() {
        for (int i = 0; i < 3; i++) {
            OfferFixtures.published(
                    context, scene, offer("Gepagineerd aanbod " + i).content());
        }

        assertThat(mvc.get()
                        .uri("/api/v1/offers/search")
                        .param("network", scene.network().slug())
                        .param("size", "2")
                        .param("page", "1"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.totalItems").isEqualTo(3);
                    assertThat(json).extractingPath("$.totalPages").isEqualTo(2);
                    assertThat(json).extractingPath("$.items").asArray().hasSize(1);
                });
    }

    @Test
    void showsTheNextSessionOfAnActivity() {
        LocalDate first = LocalDate.now().plusDays(3);
        OfferFixtures.published(context, scene, OfferFixtures.activity("Kleutergym", first));

        assertThat(mvc.get()
                        .uri("/api/v1/offers/search")
                        .param("network", scene.network().slug())
                        .param("q", "kleutergym"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items[0].nextSession")
                .asString()
                .startsWith(first.toString());
    }

    @Test
    void neverAnswersAConfidentialAddress() {
        assertThat(mvc.get()
                        .uri("/api/v1/offers/search")
                        .param("network", MECHELEN)
                        .param("q", "geweld")
                        .param("place", "2800"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json)
                            .extractingPath("$.items[0].name")
                            .isEqualTo("Hulp en opvang bij geweld in het gezin");
                    assertThat(json).extractingPath("$.items[0].place").isNull();
                    assertThat(json).extractingPath("$.items[0].distanceKm").isNull();
                })
                .asString()
                .doesNotContain("Vluchthuis");
    }

    @Test
    void refusesBadParametersWithEveryProblemTranslated() {
        assertThat(mvc.get()
                        .uri("/api/v1/offers/search")
                        .param("age", "99")
                        .param("place", "9999")
                        .param("day", "8")
                        .param("size", "51")
                        .param("network", "no-such-network")
                        .header("Accept-Language", "nl"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.status").isEqualTo(400);
                    assertThat(json).extractingPath("$.error").isEqualTo("invalid");
                    assertThat(json)
                            .extractingPath("$.fields[*].field")
                            .asArray()
                            .containsExactlyInAnyOrder("network", "age", "day", "place", "size");
                    assertThat(json)
                            .extractingPath("$.fields[?(@.field == 'age')].message")
                            .asArray()
                            .containsExactly("Kies een getal van 0 tot 24.");
                    assertThat(json)
                            .extractingPath("$.fields[?(@.field == 'network')].message")
                            .asArray()
                            .containsExactly("Netwerk 'no-such-network' kennen we niet.");
                });
    }

    @Test
    void translatesTheProblemsByLangOrAcceptLanguage() {
        assertThat(mvc.get()
                        .uri("/api/v1/offers/search")
                        .param("km", "0")
                        .param("place", "2800")
                        .param("lang", "en"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.fields[0].message")
                .isEqualTo("Choose a number from 1 to 100.");
        assertThat(mvc.get()
                        .uri("/api/v1/offers/search")
                        .param("sort", "random")
                        .header("Accept-Language", "fr"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.fields[0].message")
                .isEqualTo("Nous ne connaissons pas l'ordre « random ».");
    }

    @Test
    void answersGarbageWithA400NeverA500() {
        assertThat(mvc.get()
                        .uri("/api/v1/offers/search")
                        .param("born", "yesterday")
                        .param("theme", "NOPE")
                        .param("in", "xx")
                        .param("page", "-1")
                        .param("q", "x".repeat(201)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.fields[*].field")
                .asArray()
                .containsExactlyInAnyOrder("born", "theme", "in", "page", "q");
    }
}
