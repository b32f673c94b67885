package be.nestwerk.offer;

import static be.nestwerk.network.NetworkFixtures.actingAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.offer.OfferContent.Closure;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferContent.SessionSeries;
import be.nestwerk.offer.OfferFixtures.Scene;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The public page of one offer: the five B's, in the family's language, never a draft or a confidential address. */
@NestwerkIntegrationTest
class OfferPageIT {

    static final String CLINIC = "Consultatiebureau voor baby's en peuters";
    static final String SHELTER = "Hulp en opvang bij geweld in het gezin";
    static final String HOMEWORK = "Huiswerkklas in de bibliotheek";
    static final String CHILDCARE = "Kinderopvang voor baby's en peuters";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void showsEachOfTheFiveBsOfADemoOffer() throws Exception {
        Document page = page("/offers/" + demo(CLINIC));

        assertThat(page.selectFirst("h1").text()).isEqualTo(CLINIC);
        assertThat(page.select("main h2").eachText())
                .containsSubsequence(
                        "Wat is het en wat mag u verwachten?",
                        "Waar is het en hoe komt u er?",
                        "Wanneer?",
                        "Wat kost het?",
                        "Hoe kunt u er terecht?",
                        "Contact",
                        "Delen en afdrukken");
        assertThat(text(page, "#offer-what"))
                .contains("Van de geboorte tot 3 jaar", "Ouders en opvoeders", "Kinderen", "Ja, voor alle gezinnen");
        assertThat(text(page, "#offer-where")).contains("Befferstraat 10", "2800", "Toegankelijk met een rolstoel");
        assertThat(page.select("#offer-where a[href^=https://www.openstreetmap.org/?mlat=51.02960&mlon=4.48220]"))
                .hasSize(1);
        assertThat(text(page, "#offer-when")).contains("Dinsdag", "09:00–12:00", "Donderdag", "13:30–17:00");
        assertThat(text(page, "#offer-cost")).contains("Gratis");
        assertThat(text(page, "#offer-how"))
                .contains(
                        "Binnenlopen zonder afspraak",
                        "Op afspraak",
                        "Het boekje van je kind",
                        "Nederlands",
                        "English",
                        "Er kan een tolk komen.");
        assertThat(page.select("#offer-how span[lang=ar][dir=rtl]").text()).isEqualTo("العربية");
        assertThat(page.select("#offer-contact a[href=tel:015000010]").text()).isEqualTo("015 00 00 10");
        assertThat(text(page, "#offer-contact"))
                .contains(
                        "Consultatiebureau De Kleine Stap (fictief)",
                        "Huis van het Kind Mechelen",
                        "Laatst nagekeken op");
        assertThat(page.select("#offer-contact a[href=/networks/huis-van-het-kind-mechelen-fictief]"))
                .hasSize(1);
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(CLINIC);
        assertThat(page.select("meta[name=description]").attr("content")).startsWith("Gratis opvolging");
    }

    @Test
    void showsTheNextSessionsWithPlacesLeftAndAnIncomeRelatedPrice() throws Exception {
        Document homework = page("/offers/" + demo(HOMEWORK));
        assertThat(homework.select("#offer-when .offer-sessions li")).hasSizeBetween(1, OfferPageViews.SESSIONS_SHOWN);
        assertThat(homework.select("#offer-when .offer-sessions li").first().text())
                .contains("16:00–17:30", "Nog 6 plaatsen vrij")
                .as("the only place is named once, under where")
                .doesNotContain("Bibliotheek De Leesboom");

        Document childcare = page("/offers/" + demo(CHILDCARE));
        assertThat(plain(text(childcare, "#offer-cost"))).contains("Prijs volgens uw inkomen: van € 2,46 tot € 33,65");
    }

    @Test
    void showsTheArabicTextRightToLeftAndMarksTheDutchPartsNotTranslatedYet() throws Exception {
        Document page = page("/offers/" + demo(CLINIC) + "?in=ar");

        Element text = page.selectFirst("#offer-text");
        assertThat(text.attr("lang")).isEqualTo("ar");
        assertThat(text.attr("dir")).isEqualTo("rtl");
        assertThat(page.selectFirst("h1").text()).isEqualTo("مكتب الاستشارة للرضع والأطفال الصغار");
        assertThat(page.selectFirst("html").attr("lang"))
                .as("the site stays Dutch")
                .isEqualTo("nl");
        Element description = text.selectFirst("p[lang=nl]");
        assertThat(description.attr("dir")).isEqualTo("ltr");
        assertThat(description.text()).contains("Een verpleegkundige en een arts", "nog niet vertaald");
        assertThat(page.select(".offer-languages a[aria-current=true]").attr("hreflang"))
                .isEqualTo("ar");
        assertThat(page.select(".offer-languages a").eachAttr("hreflang")).containsExactly("nl", "fr", "en", "ar");
        assertThat(page.select("#offer-address").val()).endsWith("/offers/" + demo(CLINIC) + "?in=ar");
        assertThat(page.select(".offer-untranslated")).isEmpty();
    }

    @Test
    void fallsBackToDutchWithAVisibleMarkerWhenTheLanguageHasNoTranslation() throws Exception {
        Document page = page("/offers/" + demo(CLINIC) + "?in=pl");

        assertThat(page.selectFirst("#offer-text").attr("lang")).isEqualTo("nl");
        assertThat(page.selectFirst("#offer-text").attr("dir")).isEqualTo("ltr");
        assertThat(page.selectFirst("h1").text()).isEqualTo(CLINIC);
        assertThat(text(page, ".offer-untranslated"))
                .isEqualTo("Dit aanbod is nog niet vertaald in het Pools. U leest het in het Nederlands.");
        assertThat(page.select("#offer-address").val()).endsWith("/offers/" + demo(CLINIC));
    }

    @Test
    void followsTheLanguageOfTheSiteWhenTheOfferIsWrittenInIt() throws Exception {
        Document english = page("/offers/" + demo(CLINIC) + "?lang=en");
        assertThat(english.selectFirst("h1").text()).isEqualTo("Child health clinic for babies and toddlers");
        assertThat(english.select("main h2").eachText()).contains("What does it cost?");
        assertThat(text(english, "#offer-what")).contains("From birth to 3 years");

        Document homework = page("/offers/" + demo(HOMEWORK) + "?lang=en");
        assertThat(homework.selectFirst("h1").text()).isEqualTo(HOMEWORK);
        assertThat(text(homework, ".offer-untranslated"))
                .isEqualTo("This offer is not yet translated into English. It is shown in Dutch.");
    }

    @Test
    void neverShowsTheAddressOfAConfidentialPlace() throws Exception {
        MvcResult shelter = mvc.perform(get("/offers/" + demo(SHELTER))).andReturn();
        String html = shelter.getResponse().getContentAsString();
        assertThat(shelter.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).doesNotContain("Vluchthuis");
        Document page = Jsoup.parse(html);
        assertThat(text(page, ".offer-confidential"))
                .contains("U krijgt het adres wanneer u contact opneemt", "015 00 00 40");
        assertThat(page.select("#offer-where a[href*=openstreetmap]")).isEmpty();

        Scene scene = OfferFixtures.scene(context);
        OfferContent base = OfferFixtures.activity(
                "Praatgroep " + UUID.randomUUID(), LocalDate.now().plusDays(1));
        Place open = base.places().get(0);
        Place secret = new Place(
                UUID.randomUUID(),
                "Schuilhuis Kwartel",
                "Geheimstraat 13",
                "2800",
                null,
                null,
                null,
                51.0377,
                4.4651,
                false,
                true);
        SessionSeries atSecret = new SessionSeries(
                UUID.randomUUID(),
                secret.id(),
                LocalDate.now().plusDays(1),
                LocalTime.of(18, 0),
                LocalTime.of(19, 0),
                null,
                null,
                null,
                null,
                null);
        UUID id = OfferFixtures.published(
                context,
                scene,
                copy(base, base.status(), base.texts(), List.of(open, secret), List.of(), List.of(atSecret)));

        String mixed =
                mvc.perform(get("/offers/" + id)).andReturn().getResponse().getContentAsString();
        assertThat(mixed)
                .contains("Grote Markt 1", "18:00–19:00")
                .doesNotContain(
                        "Schuilhuis",
                        "Geheimstraat",
                        "51.0377",
                        "4.4651",
                        secret.id().toString());
    }

    @Test
    void aDraftOrAnOfferInReviewIsNotFound() throws Exception {
        UUID inReview = jdbc.queryForObject(
                "select id from offer where published_version_id is null and working_version_id in"
                        + " (select id from offer_version where content->'texts'->'nl'->>'name' = ?)",
                UUID.class,
                DemoCatalogue.IN_REVIEW);
        assertNotFound("/offers/" + inReview);

        Scene scene = OfferFixtures.scene(context);
        UUID draft = actingAs(
                scene.writer(),
                () -> context.getBean(OfferCatalogue.class)
                        .create(scene.network().id(), scene.organisation(), OfferFixtures.service("Nog een ontwerp")));
        assertNotFound("/offers/" + draft);
    }

    @Test
    void anInactiveOfferSaysSoAndPointsToOtherOffers() throws Exception {
        Scene scene = OfferFixtures.scene(context);
        OfferContent base = OfferFixtures.service("Oude babbelhoek " + UUID.randomUUID());
        UUID id = OfferFixtures.published(
                context,
                scene,
                copy(base, OfferStatus.INACTIVE, base.texts(), base.places(), base.closures(), base.sessions()));

        Document page = page("/offers/" + id);

        assertThat(text(page, ".offer-status")).contains("Dit aanbod is niet meer actief.", "Zoek een ander aanbod");
        assertThat(page.select(".offer-status a[href=/offers]")).hasSize(1);
    }

    @Test
    void aTemporarilyClosedOfferSaysSoAndListsItsComingClosures() throws Exception {
        Scene scene = OfferFixtures.scene(context);
        OfferContent base = OfferFixtures.service("Zomerspreekuur " + UUID.randomUUID());
        LocalDate today = LocalDate.now(SessionOccurrences.BELGIUM);
        List<Closure> closures = List.of(
                new Closure(today.minusDays(20), today.minusDays(10), "Voorbij"),
                new Closure(today.plusDays(3), today.plusDays(5), "Verbouwing"));
        UUID id = OfferFixtures.published(
                context,
                scene,
                copy(base, OfferStatus.TEMPORARILY_CLOSED, base.texts(), base.places(), closures, base.sessions()));

        Document page = page("/offers/" + id);

        assertThat(text(page, ".offer-status")).contains("tijdelijk gesloten");
        assertThat(text(page, "#offer-when")).contains("Verbouwing").doesNotContain("Voorbij");
    }

    @Test
    void anUnknownOrMalformedIdIsATranslatedNotFoundPage() throws Exception {
        assertNotFound("/offers/" + UUID.randomUUID());
        assertNotFound("/offers/not-an-offer");
        assertNotFound("/offers/" + UUID.randomUUID().toString().replace('-', 'z'));
        MvcResult english = mvc.perform(get("/offers/12345?lang=en")).andReturn();
        assertThat(english.getResponse().getStatus()).isEqualTo(404);
        assertThat(english.getResponse().getContentAsString()).contains("Something went wrong");
    }

    @Test
    void anUnknownContentLanguageShowsTheDefaultTextWithoutAMarker() throws Exception {
        Document page = page("/offers/" + demo(CLINIC) + "?in=xx%3Cscript%3E");

        assertThat(page.selectFirst("h1").text()).isEqualTo(CLINIC);
        assertThat(page.select(".offer-untranslated")).isEmpty();
    }

    private void assertNotFound(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).contains("Er ging iets mis");
    }

    private Document page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private UUID demo(String name) {
        return jdbc.queryForObject(
                "select p.offer_id from published_offer p join network n on n.id = p.network_id"
                        + " where p.name = ? and n.slug = ?",
                UUID.class,
                name,
                OfferDemoData.MECHELEN);
    }

    private static String text(Document page, String selector) {
        return page.select(selector).text();
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    static OfferContent copy(
            OfferContent c,
            OfferStatus status,
            Map<String, OfferText> texts,
            List<Place> places,
            List<Closure> closures,
            List<SessionSeries> sessions) {
        return new OfferContent(
                c.kind(),
                status,
                texts,
                c.pillars(),
                c.supportFunctions(),
                c.essentialFunctions(),
                c.lifeDomains(),
                c.taxonomyTerms(),
                c.ages(),
                c.audiences(),
                c.universal(),
                c.languages(),
                c.interpreterAvailable(),
                c.costs(),
                c.accessModes(),
                c.contact(),
                c.online(),
                c.byPhone(),
                places,
                c.openingHours(),
                closures,
                sessions);
    }
}
