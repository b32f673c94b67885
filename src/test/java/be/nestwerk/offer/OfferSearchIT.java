package be.nestwerk.offer;

import static be.nestwerk.offer.OfferSearchOffers.offer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.network.NetworkFixtures;
import be.nestwerk.offer.OfferFixtures.Scene;
import be.nestwerk.offer.SearchAlternative.Relaxation;
import be.nestwerk.offer.SearchCriteria.Near;
import be.nestwerk.platform.PlatformFixtures;
import be.nestwerk.territory.PostcodeLocation;
import be.nestwerk.territory.Territory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The family search over a fresh network's offers (every search is scoped to that network, so that the demo
 * catalogue and other tests' offers never count).
 */
@NestwerkIntegrationTest
class OfferSearchIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    OfferSearch search;

    @Autowired
    SearchAlternatives alternatives;

    @Autowired
    OfferCatalogue catalogue;

    @Autowired
    Territory territory;

    @Autowired
    JdbcTemplate jdbc;

    Scene scene;
    PostcodeLocation mechelen;

    @BeforeEach
    void scene() {
        scene = OfferFixtures.scene(context);
        mechelen = territory.locatePostcode("2800").orElseThrow();
    }

    @Test
    void findsDutchWordFormsThroughStemmingAndPrefixes() {
        UUID course = publish(offer("Zwangerschapscursus voor aanstaande ouders"));
        UUID homework = publish(offer("Huiswerkklas in de bibliotheek"));
        UUID reading = publish(offer("Voorlezen", "Wij lezen elke week voor aan kinderen"));
        publish(offer("Ouderkoffie"));

        assertThat(ids(text("zwanger"))).containsExactly(course);
        assertThat(ids(text("huiswerk"))).containsExactly(homework);
        assertThat(ids(text("kind"))).containsExactly(reading);
        assertThat(ids(text("ZWANGERSCHAP ouders"))).containsExactly(course);
    }

    @Test
    void ignoresAccentsOnBothSides() {
        UUID creche = publish(offer("Crèche De Kleine Wereld"));
        UUID cafe = publish(offer("Opvoedingscafe"));

        assertThat(ids(text("creche"))).containsExactly(creche);
        assertThat(ids(text("Crèche"))).containsExactly(creche);
        assertThat(ids(text("opvoedingscafé"))).containsExactly(cafe);
    }

    @Test
    void alsoLooksForTheNearestKnownWordOfAWordNobodyUsed() {
        UUID childcare = publish(offer("Kinderopvang Het Nestje", "Opvang op werkdagen"));

        SearchPage page = search(text("kinderopvnag"));

        assertThat(ids(page)).containsExactly(childcare);
        assertThat(page.corrections()).containsExactly(new SearchPage.Correction("kinderopvnag", "kinderopvang"));
        assertThat(search(text("kinderopvang")).corrections()).isEmpty();
    }

    @Test
    void ranksANameMatchBeforeASummaryMatchBeforeADescriptionMatch() {
        UUID described = publish(offer("Ontmoeting", "Koffie en thee").describedAs("Ook over speelgoed praten we."));
        UUID summarised = publish(offer("Spelotheek", "Speelgoed lenen voor thuis"));
        UUID named = publish(offer("Speelgoedbank"));

        assertThat(ids(text("speelgoed"))).containsExactly(named, summarised, described);
    }

    @Test
    void filtersOnTheChildsAgeAndOnPregnancy() {
        UUID babies = publish(offer("Babyzwemmen").ages(3, 18));
        UUID teenagers = publish(offer("Jongerenpunt").ages(144, 216));
        UUID expecting = publish(offer("Prenatale yoga").ages(-9, 0));

        assertThat(ids(all().withAge(6))).containsExactly(babies);
        assertThat(ids(all().withAge(150))).containsExactly(teenagers);
        assertThat(ids(all().withPregnancy())).containsExactly(expecting);
    }

    @Test
    void filtersOnThemesLanguagesFreeOfferAndDays() {
        UUID school = publish(offer("Schoolhulp")
                .themes(LifeDomain.EDUCATION)
                .languages("nl", "ar")
                .openOn(DayOfWeek.MONDAY));
        UUID paid = publish(
                offer("Zwemles").themes(LifeDomain.CULTURE_SPORT_LEISURE).price("5.00"));

        assertThat(ids(all().withThemes(LifeDomain.EDUCATION))).containsExactly(school);
        assertThat(ids(all().withLanguage("ar"))).containsExactly(school);
        assertThat(ids(all().freeOnly())).containsExactly(school);
        assertThat(ids(all().onDays(DayOfWeek.MONDAY))).containsExactly(school);
        assertThat(ids(all().onDays(DayOfWeek.WEDNESDAY))).containsExactly(paid);
        assertThat(ids(all().withThemes(LifeDomain.EDUCATION, LifeDomain.CULTURE_SPORT_LEISURE)))
                .containsExactlyInAnyOrder(school, paid);
    }

    @Test
    void combinesTextAgePlaceAndFreeOffer() {
        UUID match = publish(offer("Speelnamiddag").ages(36, 144).at("2800", north(0.01), mechelen.longitude()));
        publish(offer("Speelnamiddag voor peuters").ages(12, 30).at("2800", north(0.01), mechelen.longitude()));
        publish(offer("Speelnamiddag met inkom").ages(36, 144).price("2.00"));
        publish(offer("Speelnamiddag ver weg").ages(36, 144).at("2300", north(0.3), mechelen.longitude()));

        Criteria criteria = text("speelnamiddag").withAge(60).freeOnly().near(10);

        assertThat(ids(criteria)).containsExactly(match);
    }

    @Test
    void aPlaceSearchFollowsWhatTheOfferBecomes() {
        OfferSearchOffers playground =
                offer("Speelpleinwerking").ages(36, 144).at("2800", north(0.01), mechelen.longitude());
        UUID id = publish(playground);
        assertThat(ids(all().withAge(60).near(5))).containsExactly(id);

        NetworkFixtures.actingAs(scene.writer(), () -> {
            catalogue.saveDraft(scene.network().id(), id, playground.ages(0, 12).content());
            catalogue.submit(scene.network().id(), id);
            return null;
        });
        NetworkFixtures.actingAs(scene.coordinator(), () -> {
            catalogue.publish(scene.network().id(), id);
            return null;
        });
        assertThat(ids(all().withAge(60).near(5))).isEmpty();
        assertThat(ids(all().withAge(6).near(5))).containsExactly(id);

        // a change made outside this instance reaches its search index through PostgreSQL's announcement (V47)
        jdbc.update("update published_offer set status = 'INACTIVE' where offer_id = ?", id);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(ids(all().withAge(6).near(5))).isEmpty());
    }

    @Test
    void ordersByDistanceFromThePlaceAndLeavesOutWhatIsFarther() {
        UUID far = publish(offer("Aaa verste").at("2800", north(0.19), mechelen.longitude()));
        UUID middle = publish(offer("Bbb midden").at("2800", north(0.05), mechelen.longitude()));
        UUID near = publish(offer("Ccc dichtbij").at("2800", north(0.01), mechelen.longitude()));

        SearchPage within25 = search(all().near(25));
        assertThat(ids(within25)).containsExactly(near, middle, far);
        assertThat(within25.results().get(0).distanceKm()).isBetween(0.9, 1.4);
        assertThat(within25.results().get(2).distanceKm()).isBetween(20.0, 22.0);
        assertThat(ids(all().near(10))).containsExactly(near, middle);
        assertThat(ids(search.search(text("verste").near(25).criteria(), options(SearchOrder.DISTANCE))))
                .containsExactly(far);
    }

    @Test
    void listsOnlineAndPhoneOffersAfterTheLocatedOnesInAPlaceSearch() {
        UUID line = publish(offer("Aaa opvoedingslijn").onlineAndByPhone());
        UUID shop = publish(offer("Zzz opvoedingswinkel").at("2800", north(0.02), mechelen.longitude()));

        SearchPage page = search(text("opvoeding").near(5));

        assertThat(ids(page)).containsExactly(shop, line);
        SearchResult remote = page.results().get(1);
        assertThat(remote.place()).isNull();
        assertThat(remote.distanceKm()).isNull();
        assertThat(remote.online()).isTrue();
        assertThat(remote.byPhone()).isTrue();
    }

    @Test
    void neverShowsOrMeasuresAConfidentialPlace() {
        UUID shelter = publish(offer("Opvang bij geweld")
                .atConfidentialPlace("2800", mechelen.latitude(), mechelen.longitude())
                .at("2300", north(0.3), mechelen.longitude()));
        UUID hidden = publish(offer("Vluchthuis alleen vertrouwelijk")
                .atConfidentialPlace("2800", north(0.001), mechelen.longitude()));

        SearchPage withText = search(text("opvang geweld"));
        assertThat(ids(withText)).containsExactly(shelter);
        SearchResult found = withText.results().get(0);
        assertThat(found.place()).isNotNull();
        assertThat(found.place().postcode()).isEqualTo("2300");
        assertThat(found.place().name()).isNotEqualTo("Vluchthuis");

        SearchPage nearby = search(all().near(5));
        assertThat(ids(nearby)).containsExactly(hidden);
        assertThat(nearby.results().get(0).place()).isNull();
        assertThat(nearby.results().get(0).distanceKm()).isNull();
        assertThat(ids(text("vluchthuis vertrouwelijk").near(5).inAllNetworks()))
                .isEmpty();
    }

    @Test
    void pagesThroughTheResultsWithTheTotal() {
        for (int i = 1; i <= 12; i++) {
            publish(offer(String.format("Pagina-aanbod %02d", i)));
        }
        SearchOptions fivePerPage = new SearchOptions("nl", SearchOrder.RELEVANCE, 0, 5);

        SearchPage first = search.search(all().criteria(), fivePerPage);
        SearchPage last = search.search(all().criteria(), fivePerPage.withPage(2));
        SearchPage beyond = search.search(all().criteria(), fivePerPage.withPage(3));

        assertThat(first.total()).isEqualTo(12);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.results()).extracting(SearchResult::name).first().isEqualTo("Pagina-aanbod 01");
        assertThat(last.results())
                .extracting(SearchResult::name)
                .containsExactly("Pagina-aanbod 11", "Pagina-aanbod 12");
        assertThat(beyond.results()).isEmpty();
        assertThat(beyond.total()).isEqualTo(12);
    }

    @Test
    void searchesOneNetworkOrAllOfThem() {
        String word = uniqueWord();
        UUID own = publish(offer("Netwerkaanbod " + word));
        UUID foreign = publishInForeignNetwork(offer("Netwerkaanbod " + word));

        assertThat(ids(text(word))).containsExactly(own);
        assertThat(ids(text(word).inAllNetworks())).containsExactlyInAnyOrder(own, foreign);
    }

    @Test
    void showsTheTextsInTheRequestedLanguageOrInDutchMarkedSo() {
        UUID id = publish(offer("Ouderkoffie in de buurt", "Koffie en een babbel")
                .text("ar", "قهوة الوالدين في الحي", "قهوة وشاي")
                .text("fr", "Café des parents", "Café et papote"));

        SearchResult arabic =
                search.search(all().criteria(), inLanguage("ar")).results().get(0);
        SearchResult turkish =
                search.search(all().criteria(), inLanguage("tr")).results().get(0);

        assertThat(arabic.id()).isEqualTo(id);
        assertThat(arabic.name()).isEqualTo("قهوة الوالدين في الحي");
        assertThat(arabic.textLanguage()).isEqualTo("ar");
        assertThat(arabic.rightToLeft()).isTrue();
        assertThat(arabic.inDutchInstead()).isFalse();
        assertThat(turkish.name()).isEqualTo("Ouderkoffie in de buurt");
        assertThat(turkish.summary()).isEqualTo("Koffie en een babbel");
        assertThat(turkish.textLanguage()).isEqualTo("nl");
        assertThat(turkish.inDutchInstead()).isTrue();
        assertThat(ids(text("café"))).containsExactly(id);
    }

    @Test
    void proposesTheFiltersToRelaxWhenNothingIsFound() {
        String swimming = uniqueWord();
        publish(offer("Zwemles " + swimming).price("5.00").at("2800", north(0.15), mechelen.longitude()));

        SearchCriteria nothing =
                text(swimming).freeOnly().near(5).onDays(DayOfWeek.SUNDAY).criteria();
        assertThat(search.search(nothing, SearchOptions.firstPage()).isEmpty()).isTrue();

        assertThat(alternatives.of(nothing, search.prepare(nothing)))
                .as("no single filter is enough to relax")
                .isEmpty();
        SearchCriteria relaxedEnough =
                nothing.withoutFreeOnly().withoutDays().near(nothing.near().within(25));
        assertThat(ids(search.search(relaxedEnough, SearchOptions.firstPage()))).hasSize(1);

        SearchCriteria onlyTooFar = text(swimming).near(5).criteria();
        assertThat(alternatives.of(onlyTooFar, search.prepare(onlyTooFar)))
                .containsExactly(new SearchAlternative(Relaxation.WIDER_RADIUS, 1, 25, null));
        SearchCriteria onlyPaid = text(swimming).freeOnly().criteria();
        assertThat(alternatives.of(onlyPaid, search.prepare(onlyPaid)))
                .containsExactly(SearchAlternative.of(Relaxation.WITHOUT_FREE_ONLY, 1));
        SearchCriteria twoWords = text(swimming + " kookles").criteria();
        assertThat(alternatives.of(twoWords, search.prepare(twoWords)))
                .containsExactly(
                        new SearchAlternative(Relaxation.ONE_WORD, 1, null, swimming),
                        SearchAlternative.of(Relaxation.WITHOUT_TEXT, 1));
    }

    // --- helpers

    private UUID publish(OfferSearchOffers offer) {
        return OfferFixtures.published(context, scene, offer.content());
    }

    private UUID publishInForeignNetwork(OfferSearchOffers offer) {
        UUID organisation = new PlatformFixtures(context).organisation(scene.foreignNetwork(), "Buitenlandse partner");
        UUID network = scene.foreignNetwork().id();
        return NetworkFixtures.actingAs(scene.foreignCoordinator(), () -> {
            UUID id = catalogue.create(network, organisation, offer.content());
            catalogue.submit(network, id);
            catalogue.publish(network, id);
            return id;
        });
    }

    /** A word of letters that no other offer uses. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private double north(double degrees) {
        return mechelen.latitude() + degrees;
    }

    private Criteria all() {
        return new Criteria(
                SearchCriteria.everything().inNetwork(scene.network().id()));
    }

    private Criteria text(String text) {
        return new Criteria(SearchCriteria.everything()
                .withText(text)
                .inNetwork(scene.network().id()));
    }

    private SearchPage search(Criteria criteria) {
        return search.search(criteria.criteria(), SearchOptions.firstPage());
    }

    private List<UUID> ids(Criteria criteria) {
        return ids(search(criteria));
    }

    private static List<UUID> ids(SearchPage page) {
        return page.results().stream().map(SearchResult::id).toList();
    }

    private static SearchOptions options(SearchOrder order) {
        return new SearchOptions("nl", order, 0, SearchOptions.PAGE_SIZE);
    }

    private static SearchOptions inLanguage(String language) {
        return new SearchOptions(language, SearchOrder.RELEVANCE, 0, SearchOptions.PAGE_SIZE);
    }

    /** Criteria written as a sentence: text("x").withAge(6).near(10). */
    private final class Criteria {

        private final SearchCriteria criteria;

        Criteria(SearchCriteria criteria) {
            this.criteria = criteria;
        }

        SearchCriteria criteria() {
            return criteria;
        }

        Criteria withAge(int months) {
            return with(months, false, criteria.themes(), criteria.language(), criteria.freeOnly(), criteria.days());
        }

        Criteria withPregnancy() {
            return with(null, true, criteria.themes(), criteria.language(), criteria.freeOnly(), criteria.days());
        }

        Criteria withThemes(LifeDomain... themes) {
            return with(
                    criteria.ageMonths(),
                    criteria.pregnant(),
                    Set.of(themes),
                    criteria.language(),
                    criteria.freeOnly(),
                    criteria.days());
        }

        Criteria withLanguage(String language) {
            return with(
                    criteria.ageMonths(),
                    criteria.pregnant(),
                    criteria.themes(),
                    language,
                    criteria.freeOnly(),
                    criteria.days());
        }

        Criteria freeOnly() {
            return with(
                    criteria.ageMonths(),
                    criteria.pregnant(),
                    criteria.themes(),
                    criteria.language(),
                    true,
                    criteria.days());
        }

        Criteria onDays(DayOfWeek... days) {
            return with(
                    criteria.ageMonths(),
                    criteria.pregnant(),
                    criteria.themes(),
                    criteria.language(),
                    criteria.freeOnly(),
                    Set.of(days));
        }

        Criteria near(int km) {
            return new Criteria(criteria.near(new Near(
                    "2800 Mechelen", mechelen.latitude(), mechelen.longitude(), km, "2800", mechelen.nisCode())));
        }

        Criteria inAllNetworks() {
            return new Criteria(criteria.inNetwork(null));
        }

        private Criteria with(
                @Nullable Integer age,
                boolean pregnant,
                Set<LifeDomain> themes,
                @Nullable String language,
                boolean free,
                Set<DayOfWeek> days) {
            return new Criteria(new SearchCriteria(
                    criteria.text(),
                    age,
                    pregnant,
                    themes,
                    language,
                    free,
                    criteria.near(),
                    days,
                    criteria.networkId()));
        }
    }
}
