package be.nestwerk.offer.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import be.nestwerk.NestwerkIntegrationTest;
import be.nestwerk.offer.hsds.HsdsSchemas.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint of the HSDS API, called on the demo catalogue of Mechelen, answers what the official HSDS 3.0
 * schemas allow: the response schemas of openapi.json (the page envelope and the compiled list schemas), and the
 * object schemas for single objects. The confidential shelter of the CAW never shows.
 */
@NestwerkIntegrationTest
class HsdsSchemaIT {

    private static final String API = "/api/hsds/v3";
    private static final String SHELTER_OFFER = "Hulp en opvang bij geweld in het gezin";

    @Autowired
    MockMvc mvc;

    @Autowired
    HsdsSchemas schemas;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> problems = new ArrayList<>();

    @Test
    void everyAnswerOnTheDemoCatalogueValidatesAgainstTheOfficialSchemas() throws Exception {
        List<UUID> mechelen = jdbc.queryForList(
                "select p.offer_id from published_offer p join network n on n.id = p.network_id"
                        + " where n.slug = 'huis-van-het-kind-mechelen-fictief' order by p.name",
                UUID.class);
        assertThat(mechelen).hasSizeGreaterThanOrEqualTo(13);

        response("/", API + "/");
        response("/services", API + "/services?per_page=200");
        response("/services", API + "/services?per_page=200&full=true&lang=ar");
        response("/services", API + "/services?search=zwanger&per_page=5");
        for (UUID offer : mechelen) {
            for (String lang : List.of("nl", "fr", "en", "ar", "tr")) {
                JsonNode service = response("/services/{id}", API + "/services/" + offer + "?lang=" + lang);
                for (JsonNode attribute : service.path("attributes")) {
                    check("taxonomy_term.json", attribute.get("taxonomy_term"), "attribute of " + offer);
                }
            }
        }

        JsonNode organisations = response("/organizations", API + "/organizations?per_page=200&full=true");
        response("/organizations", API + "/organizations?search=opvoedingswinkel");
        for (JsonNode organisation : organisations.get("contents")) {
            JsonNode full =
                    fetch(API + "/organizations/" + organisation.get("id").asString() + "?full_service=true");
            check("organization.json", full, "organization " + organisation.get("id"));
            for (JsonNode service : full.get("services")) {
                check("service.json", service, "service of organization " + organisation.get("id"));
            }
        }

        JsonNode links = response("/service_at_locations", API + "/service_at_locations?per_page=200");
        response("/service_at_locations", API + "/service_at_locations?postcode=2800&proximity=5000&full=true");
        assertThat(links.get("contents")).isNotEmpty();
        for (JsonNode link : links.get("contents")) {
            // openapi.json names the compiled service schema for this answer (an upstream slip): check the object's own
            JsonNode full =
                    fetch(API + "/service_at_locations/" + link.get("id").asString());
            check("service_at_location.json", full, "service_at_location " + link.get("id"));
            check("service.json", full.get("service"), "service of service_at_location " + link.get("id"));
        }

        JsonNode taxonomies = response("/taxonomies", API + "/taxonomies");
        for (JsonNode taxonomy : taxonomies.get("contents")) {
            response(
                    "/taxonomies/{id}",
                    API + "/taxonomies/" + taxonomy.get("id").asString());
        }
        JsonNode terms = response("/taxonomy_terms", API + "/taxonomy_terms?per_page=200&lang=fr");
        for (long page = 2; page <= terms.get("total_pages").asLong(); page++) {
            response("/taxonomy_terms", API + "/taxonomy_terms?per_page=200&page=" + page);
        }
        for (JsonNode term : terms.get("contents")) {
            response(
                    "/taxonomy_terms/{id}",
                    API + "/taxonomy_terms/" + term.get("id").asString());
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void theShelterOfferShowsItsContactRouteButNeverItsConfidentialPlace() throws Exception {
        UUID shelter =
                jdbc.queryForObject("select offer_id from published_offer where name = ?", UUID.class, SHELTER_OFFER);
        UUID place = jdbc.queryForObject(
                "select id from published_location where offer_id = ? and confidential", UUID.class, shelter);
        UUID organisation = jdbc.queryForObject(
                "select organisation_id from published_offer where offer_id = ?", UUID.class, shelter);

        JsonNode service = response("/services/{id}", API + "/services/" + shelter);
        assertThat(service.get("name").asString()).isEqualTo(SHELTER_OFFER);
        assertThat(service.get("phones").get(0).get("number").asString()).isEqualTo("015 00 00 40");
        assertThat(service.get("service_at_locations")).isEmpty();
        List<String> everything = List.of(
                fetch(API + "/services/" + shelter + "?lang=en").toString(),
                fetch(API + "/services?per_page=200&full=true").toString(),
                fetch(API + "/service_at_locations?per_page=200&full=true&organization_id=" + organisation)
                        .toString(),
                fetch(API + "/service_at_locations?per_page=200&postcode=2800").toString(),
                fetch(API + "/organizations/" + organisation + "?full_service=true")
                        .toString());
        for (String answer : everything) {
            assertThat(answer)
                    .doesNotContain("Vluchthuis (adres vertrouwelijk)")
                    .doesNotContain(place.toString());
        }
        UUID hiddenLink = HsdsIds.serviceAtLocation(shelter, place);
        assertThat(mvc.perform(get(API + "/service_at_locations/" + hiddenLink))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(problems).isEmpty();
    }

    private JsonNode response(String apiPath, String uri) throws Exception {
        JsonNode answer = fetch(uri);
        schemas.validateResponse(apiPath, answer, Locale.ENGLISH)
                .forEach(violation -> problems.add(uri + " " + violation));
        return answer;
    }

    private void check(String schema, JsonNode node, String what) {
        List<Violation> violations = schemas.validate(schema, node, Locale.ENGLISH);
        violations.forEach(violation -> problems.add(what + " against " + schema + ": " + violation));
    }

    private JsonNode fetch(String uri) throws Exception {
        MvcResult result = mvc.perform(get(uri)).andReturn();
        assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).as(uri).startsWith("application/json");
        return json.readTree(result.getResponse().getContentAsString());
    }
}
