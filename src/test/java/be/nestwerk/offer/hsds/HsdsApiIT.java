package be.nestwerk.offer.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.network.NetworkFixtures;
import be.nestwerk.offer.AccessMode;
import be.nestwerk.offer.Audience;
import be.nestwerk.offer.CostKind;
import be.nestwerk.offer.LifeDomain;
import be.nestwerk.offer.OfferCatalogue;
import be.nestwerk.offer.OfferContent;
import be.nestwerk.offer.OfferContent.AgeRange;
import be.nestwerk.offer.OfferContent.Contact;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferFixtures;
import be.nestwerk.offer.OfferFixtures.Scene;
import be.nestwerk.offer.OfferKind;
import be.nestwerk.offer.OfferStatus;
import be.nestwerk.offer.OfferTaxonomy;
import be.nestwerk.offer.Pillar;
import be.nestwerk.offer.SupportFunction;
import be.nestwerk.platform.PlatformFixtures;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HSDS read API: its parameters, the page envelope, the filters, the languages, and its 400 and 404 answers. */
@NestwerkIntegrationTest
class HsdsApiIT {

    private static final String API = "/api/hsds/v3";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    OfferCatalogue catalogue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    OfferTaxonomy openEligibility;

    Scene scene;
    String word;
    UUID bilingual;
    UUID antwerp;
    UUID inactive;

    @BeforeEach
    void threePublishedOffersOfOneOrganisation() {
        scene = OfferFixtures.scene(context);
        word = "zeldzaam" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        bilingual = OfferFixtures.published(
                context,
                scene,
                offer(
                        Map.of(
                                "nl",
                                        new OfferText(
                                                "Taalcafé " + word,
                                                "Samen Nederlands oefenen.",
                                                null,
                                                null,
                                                null,
                                                null,
                                                null),
                                "fr",
                                        new OfferText(
                                                "Café des langues " + word,
                                                "Pratiquer le néerlandais.",
                                                null,
                                                null,
                                                null,
                                                null,
                                                null)),
                        Set.of(Pillar.MEETING_COHESION),
                        Set.of("1343"),
                        OfferStatus.ACTIVE,
                        "2800"));
        antwerp = OfferFixtures.published(
                context,
                scene,
                offer(
                        Map.of("nl", new OfferText("Opvoedingslijn " + word, null, null, null, null, null, null)),
                        Set.of(Pillar.PARENTING_SUPPORT),
                        Set.of(),
                        OfferStatus.ACTIVE,
                        "2000"));
        inactive = OfferFixtures.published(
                context,
                scene,
                offer(
                        Map.of("nl", new OfferText("Gestopte werking " + word, null, null, null, null, null, null)),
                        Set.of(Pillar.PARENTING_SUPPORT),
                        Set.of(),
                        OfferStatus.INACTIVE,
                        "2800"));
    }

    @Test
    void listsArePagesOfTheHsdsEnvelopeCountedFromOne() throws Exception {
        JsonNode second = ok(API + "/services?organization_id=" + scene.organisation() + "&per_page=1&page=2");
        assertThat(second.get("total_items").asInt()).isEqualTo(3);
        assertThat(second.get("total_pages").asInt()).isEqualTo(3);
        assertThat(second.get("page_number").asInt()).isEqualTo(2);
        assertThat(second.get("size").asInt()).isEqualTo(1);
        assertThat(second.get("first_page").asBoolean()).isFalse();
        assertThat(second.get("last_page").asBoolean()).isFalse();
        assertThat(second.get("empty").asBoolean()).isFalse();
        assertThat(second.get("contents")).hasSize(1);

        JsonNode all = ok(API + "/services?organization_id=" + scene.organisation());
        assertThat(names(all))
                .containsExactly("Gestopte werking " + word, "Opvoedingslijn " + word, "Taalcafé " + word);
        assertThat(all.get("size").asInt()).isEqualTo(20);
        assertThat(all.get("first_page").asBoolean()).isTrue();
        assertThat(all.get("last_page").asBoolean()).isTrue();
        assertThat(all.get("contents").get(0).has("schedules"))
                .as("a list item has one-to-one fields")
                .isFalse();
        assertThat(ok(API + "/services?organization_id=" + scene.organisation() + "&full=true")
                        .get("contents")
                        .get(0)
                        .has("schedules"))
                .isTrue();

        JsonNode beyond = ok(API + "/services?organization_id=" + scene.organisation() + "&page=9");
        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("last_page").asBoolean()).isTrue();
        assertThat(beyond.get("contents")).isEmpty();
    }

    @Test
    void anInactiveOfferIsListedWithStatusInactiveAndADraftNeverIs() throws Exception {
        UUID draft = NetworkFixtures.actingAs(
                scene.writer(),
                () -> catalogue.create(
                        scene.network().id(), scene.organisation(), OfferFixtures.service("Ontwerp " + word)));
        JsonNode found = ok(API + "/services?search=" + word + "&per_page=200");
        assertThat(names(found)).hasSize(3).doesNotContain("Ontwerp " + word);
        assertThat(ok(API + "/services/" + inactive).get("status").asString()).isEqualTo("inactive");
        assertThat(ok(API + "/services/" + bilingual).get("status").asString()).isEqualTo("active");
        assertThat(status(API + "/services/" + draft)).isEqualTo(404);
    }

    @Test
    void filtersByTaxonomyTermTaxonomyOrganisationChangeDateAndPlace() throws Exception {
        String ours = "&organization_id=" + scene.organisation();
        UUID meeting = HsdsIds.of("huis-van-het-kind-pillar/MEETING_COHESION");
        assertThat(names(ok(API + "/services?taxonomy_term_id=" + meeting + ours)))
                .containsExactly("Taalcafé " + word);
        UUID parent = HsdsIds.of(
                "open-eligibility/" + openEligibility.term("1343").orElseThrow().parentId());
        assertThat(names(ok(API + "/services?taxonomy_term_id=" + parent + ours)))
                .as("a broader Open Eligibility term finds the offers of the terms below it")
                .containsExactly("Taalcafé " + word);
        UUID translations = HsdsIds.of("taxonomy/nestwerk-translation");
        assertThat(names(ok(API + "/services?taxonomy_id=" + translations + ours)))
                .containsExactly("Taalcafé " + word);
        UUID frenchName = HsdsIds.of("nestwerk-translation/name/fr");
        assertThat(names(ok(API + "/services?taxonomy_term_id=" + frenchName + ours)))
                .containsExactly("Taalcafé " + word);
        assertThat(names(ok(API + "/services?taxonomy_term_id=" + UUID.randomUUID() + ours)))
                .isEmpty();

        assertThat(names(ok(API + "/services?modified_after=2000-01-01" + ours)))
                .hasSize(3);
        assertThat(names(ok(API + "/services?modified_after=2999-01-01T00:00:00Z" + ours)))
                .isEmpty();

        assertThat(names(ok(API + "/services?postcode=2000" + ours))).containsExactly("Opvoedingslijn " + word);
        assertThat(names(ok(API + "/services?postcode=2000&proximity=3000" + ours)))
                .containsExactly("Opvoedingslijn " + word);
        assertThat(names(ok(API + "/services?postcode=2000&proximity=30000" + ours)))
                .hasSize(3);
        assertThat(names(ok(API + "/services?search=" + word + "&per_page=200")))
                .hasSize(3);
        assertThat(names(ok(API + "/services?search=taalcafe%20" + word))).containsExactly("Taalcafé " + word);

        JsonNode links = ok(API + "/service_at_locations?postcode=2800" + ours);
        assertThat(links.get("total_items").asInt()).isEqualTo(2);
        for (JsonNode link : links.get("contents")) {
            assertThat(link.get("location")
                            .get("addresses")
                            .get(0)
                            .get("postal_code")
                            .asString())
                    .isEqualTo("2800");
        }
    }

    @Test
    void textsComeInTheAskedLanguageWithTheOtherLanguagesAsTranslationAttributes() throws Exception {
        JsonNode french = ok(API + "/services/" + bilingual + "?lang=fr");
        assertThat(french.get("name").asString()).isEqualTo("Café des langues " + word);
        assertThat(translation(french, "name/nl")).isEqualTo("Taalcafé " + word);
        assertThat(translation(french, "summary/nl")).isEqualTo("Samen Nederlands oefenen.");
        assertThat(translation(french, "name/fr")).isNull();
        assertThat(french.get("cost_options").get(0).get("option").asString()).isEqualTo("Gratuit");

        MvcResult accepted = mvc.perform(
                        get(API + "/services/" + bilingual).header(HttpHeaders.ACCEPT_LANGUAGE, "fr-BE,fr;q=0.9"))
                .andReturn();
        assertThat(json.readTree(accepted.getResponse().getContentAsString())
                        .get("name")
                        .asString())
                .isEqualTo("Café des langues " + word);
        assertThat(accepted.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE))
                .isEqualTo("fr");

        JsonNode arabic = ok(API + "/services/" + bilingual + "?lang=ar");
        assertThat(arabic.get("name").asString())
                .as("Dutch when there is no translation")
                .isEqualTo("Taalcafé " + word);
        assertThat(translation(arabic, "name/fr")).isEqualTo("Café des langues " + word);

        JsonNode dutch = ok(API + "/services/" + bilingual);
        assertThat(dutch.get("name").asString()).isEqualTo("Taalcafé " + word);
        assertThat(dutch.get("attributes"))
                .anySatisfy(attribute -> assertThat(
                                attribute.get("taxonomy_term").get("code").asString())
                        .isEqualTo("MEETING_COHESION"))
                .anySatisfy(attribute -> assertThat(
                                attribute.get("taxonomy_term").get("code").asString())
                        .isEqualTo("1343"));
    }

    @Test
    void aServiceAtLocationHasANameBasedIdThatTheDatabaseComputesAlike() throws Exception {
        UUID place = jdbc.queryForObject("select id from published_location where offer_id = ?", UUID.class, antwerp);
        UUID id = HsdsIds.serviceAtLocation(antwerp, place);
        assertThat(jdbc.queryForObject(
                        "select nw_hsds_uuid(?)", UUID.class, "service_at_location/" + antwerp + "/" + place))
                .isEqualTo(id);
        for (String name : List.of("", "é", "open-eligibility/1206", "x".repeat(500))) {
            assertThat(jdbc.queryForObject("select nw_hsds_uuid(?)", UUID.class, name))
                    .isEqualTo(HsdsIds.of(name));
        }
        JsonNode link = ok(API + "/service_at_locations/" + id);
        assertThat(link.get("service_id").asString()).isEqualTo(antwerp.toString());
        assertThat(link.get("location_id").asString()).isEqualTo(place.toString());
        assertThat(link.get("service").get("name").asString()).isEqualTo("Opvoedingslijn " + word);
        assertThat(link.get("schedules")).hasSize(1);
    }

    @Test
    void organizationsAreThePartnersWithAPublishedOfferAndTheirServices() throws Exception {
        JsonNode organisation = ok(API + "/organizations/" + scene.organisation() + "?full_service=true");
        assertThat(organisation.get("name").asString()).startsWith("Aanbieder");
        assertThat(organisation.get("description").asString())
                .contains(scene.network().name());
        assertThat(organisation.get("services")).hasSize(3);
        assertThat(organisation.get("services").get(0).has("schedules")).isTrue();
        assertThat(ok(API + "/organizations/" + scene.organisation())
                        .get("services")
                        .get(0)
                        .has("schedules"))
                .isFalse();
        String name = organisation.get("name").asString();
        JsonNode found = ok(API + "/organizations?search=" + name.toUpperCase());
        assertThat(found.get("total_items").asInt()).isOne();
        assertThat(status(API + "/organizations/" + scene.otherOrganisation()))
                .as("no published offer")
                .isEqualTo(404);
    }

    @Test
    void taxonomiesAndTermsCarryTheUpstreamCodeUnderANameBasedId() throws Exception {
        UUID openEligibility = HsdsIds.of("taxonomy/open-eligibility");
        JsonNode taxonomy = ok(API + "/taxonomies/" + openEligibility);
        assertThat(taxonomy.get("name").asString()).isEqualTo("Open Eligibility");
        JsonNode term = ok(API + "/taxonomy_terms/" + HsdsIds.of("open-eligibility/1343"));
        assertThat(term.get("code").asString()).isEqualTo("1343");
        assertThat(term.get("taxonomy_id").asString()).isEqualTo(openEligibility.toString());
        assertThat(term.get("taxonomy_detail").get("name").asString()).isEqualTo("Open Eligibility");

        JsonNode top = ok(API + "/taxonomy_terms?per_page=200&top_only=true&taxonomy_id=" + openEligibility);
        assertThat(top.get("contents"))
                .allSatisfy(node -> assertThat(node.has("parent_id")).isFalse());
        JsonNode children = ok(API + "/taxonomy_terms?per_page=200&parent_id="
                + term.get("parent_id").asString());
        assertThat(children.get("contents"))
                .anySatisfy(node -> assertThat(node.get("code").asString()).isEqualTo("1343"));
        JsonNode pillars =
                ok(API + "/taxonomy_terms?lang=en&taxonomy_id=" + HsdsIds.of("taxonomy/huis-van-het-kind-pillar"));
        assertThat(names(pillars))
                .containsExactly("Preventive health care", "Parenting support", "Meeting and social cohesion");
    }

    @Test
    void badParametersAreRefusedWith400AndATranslatedMessage() throws Exception {
        for (String query : List.of(
                "/services?per_page=0",
                "/services?per_page=201",
                "/services?page=0",
                "/services?page=two",
                "/services?organization_id=42",
                "/services?taxonomy_term_id=open-eligibility",
                "/services?modified_after=gisteren",
                "/services?postcode=2800&proximity=ver",
                "/services?proximity=1000",
                "/services?postcode=ABC1",
                "/services?postcode=7000",
                "/services?lang=xx",
                "/services?format=ndjson",
                "/services?full=misschien",
                "/service_at_locations?per_page=500",
                "/organizations?page=-1",
                "/taxonomies?per_page=0",
                "/taxonomy_terms?taxonomy_id=nope",
                "/organizations/" + scene.organisation() + "?full_service=ja")) {
            MvcResult result = mvc.perform(get(API + query)).andReturn();
            assertThat(result.getResponse().getStatus()).as(query).isEqualTo(400);
            JsonNode error = json.readTree(result.getResponse().getContentAsString());
            assertThat(error.get("status").asInt()).isEqualTo(400);
            assertThat(error.get("message").asString()).as(query).isNotBlank().doesNotContain("offer.");
        }
        MvcResult english = mvc.perform(get(API + "/services?per_page=0").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andReturn();
        assertThat(json.readTree(english.getResponse().getContentAsString())
                        .get("message")
                        .asString())
                .isEqualTo("Parameter per_page must be a whole number from 1 to 200.");
        MvcResult dutch =
                mvc.perform(get(API + "/services?modified_after=gisteren")).andReturn();
        assertThat(json.readTree(dutch.getResponse().getContentAsString())
                        .get("message")
                        .asString())
                .startsWith("Parameter modified_after moet een datum");
    }

    @Test
    void unknownIdsAnswer404InJson() throws Exception {
        for (String path : List.of(
                "/services/" + UUID.randomUUID(),
                "/services/not-a-uuid",
                "/organizations/" + UUID.randomUUID(),
                "/service_at_locations/" + UUID.randomUUID(),
                "/taxonomies/" + UUID.randomUUID(),
                "/taxonomy_terms/" + UUID.randomUUID())) {
            MvcResult result = mvc.perform(get(API + path)).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
            assertThat(json.readTree(result.getResponse().getContentAsString())
                            .get("status")
                            .asInt())
                    .isEqualTo(404);
        }
    }

    private static OfferContent offer(
            Map<String, OfferText> texts, Set<Pillar> pillars, Set<String> terms, OfferStatus status, String postcode) {
        UUID place = UUID.randomUUID();
        return new OfferContent(
                OfferKind.SERVICE,
                status,
                texts,
                pillars,
                Set.of(SupportFunction.SOCIAL_SUPPORT_COHESION),
                Set.of(),
                Set.of(LifeDomain.SOCIAL_COHESION),
                terms,
                AgeRange.everyone(),
                Set.of(Audience.PARENTS_AND_CARERS),
                true,
                Set.of("nl"),
                false,
                List.of(new Cost(CostKind.FREE, BigDecimal.ZERO, null)),
                Set.of(AccessMode.WALK_IN),
                Contact.none(),
                false,
                false,
                List.of(new Place(
                        place,
                        "Ontmoetingsplek",
                        PlatformFixtures.unique("Straat") + " 1",
                        postcode,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        false)),
                List.of(new OpeningHours(place, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                List.of(),
                List.of());
    }

    private JsonNode ok(String uri) throws Exception {
        MvcResult result = mvc.perform(get(uri)).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(uri + " " + result.getResponse().getContentAsString())
                .isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString());
    }

    private int status(String uri) throws Exception {
        MockHttpServletRequestBuilder request = get(uri);
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("contents").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    private static String translation(JsonNode service, String code) {
        for (JsonNode attribute : service.get("attributes")) {
            if (attribute.get("taxonomy_term").get("code").asString().equals(code)) {
                return attribute.get("value").asString();
            }
        }
        return null;
    }
}
