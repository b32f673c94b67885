package be.nestwerk.offer;

import static be.nestwerk.offer.OfferSearchOffers.offer;
import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.offer.OfferFixtures.Scene;
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

/** The search pages of the front door, without login: the form, the results, the empty result and bad input. */
@NestwerkIntegrationTest
class OfferSearchPagesIT {

    static final String MECHELEN = "huis-van-het-kind-mechelen-fictief";

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    Scene scene;

    @BeforeEach
    void scene() {
        scene = OfferFixtures.scene(context);
    }

    @Test
    void showsTheSearchFormForAllOfFlandersWithoutLogin() {
        Document page = page(mvc.get().uri("/offers"), HttpStatus.OK);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Aanbod voor gezinnen zoeken");
        Element form = page.selectFirst("main form[role=search]");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.select("[name]").eachAttr("name"))
                .contains("q", "age", "born", "place", "km", "free", "theme", "language", "day", "in", "sort");
        assertThat(form.select("#search-age option").eachText())
                .startsWith("Elke leeftijd", "Ik ben zwanger", "Jonger dan 1 jaar", "1 jaar")
                .contains("24 jaar");
        assertThat(form.select("#search-km option").eachAttr("value")).containsExactly("5", "10", "25", "50");
        assertThat(page.select("label[for=search-theme-CHILDCARE]").text()).isEqualTo("Kinderopvang");
    }

    @Test
    void listsTheResultsOfOneNetworkWithLinksToTheOfferPages() {
        UUID id = OfferFixtures.published(
                context, scene, offer("Peuterdans in de turnzaal").content());

        Document page = page(
                mvc.get().uri("/networks/{slug}/offers", scene.network().slug()).param("q", "peuterdans"),
                HttpStatus.OK);

        assertThat(page.selectFirst("h1").text())
                .isEqualTo("Aanbod van " + scene.network().name());
        assertThat(page.selectFirst("#search-results").text()).isEqualTo("1 resultaat");
        assertThat(page.select(".result h3 a").attr("href")).isEqualTo("/offers/" + id);
        assertThat(page.select(".result h3").text()).isEqualTo("Peuterdans in de turnzaal");
        assertThat(page.selectFirst("#search-q").val()).isEqualTo("peuterdans");
        assertThat(page.selectFirst("main form").attr("action"))
                .isEqualTo("/networks/" + scene.network().slug() + "/offers");
    }

    @Test
    void showsTheTextsInArabicRightToLeftAndMarksTheOnesInDutch() {
        OfferFixtures.published(
                context,
                scene,
                offer("Ouderkoffie", "Koffie en een babbel")
                        .text("ar", "قهوة الوالدين", "قهوة وشاي")
                        .content());
        OfferFixtures.published(context, scene, offer("Speelpleinwerking").content());

        Document page = page(
                mvc.get()
                        .uri("/networks/{slug}/offers", scene.network().slug())
                        .param("in", "ar")
                        .param("sort", "relevance"),
                HttpStatus.OK);

        Element arabic = page.select(".result h3").stream()
                .filter(h -> h.text().equals("قهوة الوالدين"))
                .findFirst()
                .orElseThrow();
        assertThat(arabic.attr("lang")).isEqualTo("ar");
        assertThat(arabic.attr("dir")).isEqualTo("rtl");
        Element dutch = page.select(".result h3").stream()
                .filter(h -> h.text().equals("Speelpleinwerking"))
                .findFirst()
                .orElseThrow();
        assertThat(dutch.attr("lang")).isEqualTo("nl");
        assertThat(dutch.hasAttr("dir")).isFalse();
        assertThat(dutch.parent().text()).contains("Deze tekst is niet vertaald: u leest hem in het Nederlands.");
        assertThat(page.selectFirst("#search-in option[selected]").val()).isEqualTo("ar");
    }

    @Test
    void proposesAlternativesAndWhomToAskWhenNothingIsFound() {
        OfferFixtures.published(
                context, scene, offer("Kookatelier voor ouders").price("4.00").content());

        Document page = page(
                mvc.get()
                        .uri("/networks/{slug}/offers", scene.network().slug())
                        .param("q", "kookatelier")
                        .param("free", "true"),
                HttpStatus.OK);

        assertThat(page.selectFirst("#search-results").text()).isEqualTo("Geen resultaten");
        Element alternative = page.selectFirst(".alternatives a");
        assertThat(alternative.text()).isEqualTo("Ook aanbod dat niet gratis is: 1 resultaat");
        assertThat(alternative.attr("href"))
                .isEqualTo("/networks/" + scene.network().slug() + "/offers?q=kookatelier");
        assertThat(page.select(".alternatives a[href=/networks/"
                                + scene.network().slug() + "]")
                        .text())
                .isEqualTo("Stel uw vraag aan " + scene.network().name());
    }

    @Test
    void asksTheHuisVanHetKindOfThePlaceWhenAFlandersWideSearchFindsNothing() {
        Document page = page(mvc.get().uri("/offers").param("q", "xqzwvbnmkj").param("place", "2800"), HttpStatus.OK);

        assertThat(page.select(".alternatives a[href=/networks/" + MECHELEN + "]")
                        .text())
                .isEqualTo("Stel uw vraag aan Huis van het Kind Mechelen (fictief)");
    }

    @Test
    void searchesTheDemoCatalogueByTextAndPostcodeInEnglish() {
        Document page = page(
                mvc.get()
                        .uri("/networks/{slug}/offers", MECHELEN)
                        .param("q", "kinderopvang")
                        .param("place", "2800")
                        .param("km", "5")
                        .param("lang", "en"),
                HttpStatus.OK);

        assertThat(page.selectFirst("#search-results").text()).startsWith("1 result up to 5 km from 2800 Mechelen");
        assertThat(page.select(".result h3").text()).isEqualTo("Kinderopvang voor baby's en peuters");
        assertThat(page.select(".result").text()).contains("2800", "km away", "Price depends on income");
        assertThat(page.selectFirst(".result").attr("data-lat")).isNotBlank();
        assertThat(page.selectFirst("#offer-map").attr("data-tile-url")).contains("openstreetmap");
    }

    @Test
    void answersBadParametersWithTheFormAndTheProblemsAndA400() {
        Document page = page(
                mvc.get()
                        .uri("/offers")
                        .param("age", "30")
                        .param("place", "Atlantis")
                        .param("q", "opvoeding"),
                HttpStatus.BAD_REQUEST);

        assertThat(page.select("#search-problems li").eachText())
                .containsExactlyInAnyOrder(
                        "Kies een getal van 0 tot 24.",
                        "We vinden geen gemeente of postcode 'Atlantis' in Vlaanderen of Brussel.");
        assertThat(page.select("#search-problems a").eachAttr("href")).contains("#search-age", "#search-place");
        assertThat(page.selectFirst("#search-q").val()).isEqualTo("opvoeding");
        assertThat(page.select("[aria-invalid=true]").eachAttr("id"))
                .containsExactlyInAnyOrder("search-age", "search-place");
        assertThat(page.select(".result")).isEmpty();
    }

    @Test
    void answersAnUnknownNetworkWithA404() {
        assertThat(mvc.get().uri("/networks/{slug}/offers", "no-such-network-" + UUID.randomUUID()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void letsTheMapTilesThroughTheContentSecurityPolicy() {
        MvcTestResult result = mvc.get().uri("/offers").exchange();

        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                .contains("img-src 'self' data: https://*.tile.openstreetmap.org;");
    }

    @Test
    void theNetworksPublicPageLinksToItsSearch() {
        Document page = page(mvc.get().uri("/networks/{slug}", MECHELEN), HttpStatus.OK);

        assertThat(page.select("a[href=/networks/" + MECHELEN + "/offers]").text())
                .isEqualTo("Zoek in het aanbod van dit netwerk");
        assertThat(page.select("#network-map").attr("data-tile-url")).contains("openstreetmap");
    }

    private Document page(MockMvcTester.MockMvcRequestBuilder request, HttpStatus status) {
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatus(status);
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
