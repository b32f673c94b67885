package be.nestwerk.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser
class TerritoryApiIT {

    private static final String API = "/api/v1/territory";

    @Autowired
    MockMvcTester mvc;

    @Test
    void pagesMunicipalitiesTwentyAtATimeByDefault() {
        MvcTestResult result = get("/municipalities");
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.items.length()").isEqualTo(20);
        assertThat(result).bodyJson().extractingPath("$.items[0].nameNl").isEqualTo("Aalst");
        assertThat(result).bodyJson().extractingPath("$.page").isEqualTo(0);
        assertThat(result).bodyJson().extractingPath("$.size").isEqualTo(20);
        assertThat(result).bodyJson().extractingPath("$.totalItems").isEqualTo(304);
        assertThat(result).bodyJson().extractingPath("$.totalPages").isEqualTo(16);
    }

    @Test
    void answersTheLastAndAnEmptyPage() {
        assertThat(get("/municipalities?page=6&size=50"))
                .bodyJson()
                .extractingPath("$.items.length()")
                .isEqualTo(4);
        MvcTestResult beyond = get("/municipalities?page=99&size=50");
        assertThat(beyond)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.items.length()")
                .isEqualTo(0);
        assertThat(beyond).bodyJson().extractingPath("$.totalPages").isEqualTo(7);
    }

    @Test
    void searchesMunicipalitiesByNameOrPostcode() {
        assertThat(get("/municipalities?q=bievene"))
                .bodyJson()
                .extractingPath("$.items[*].nameNl")
                .asArray()
                .containsExactly("Bever");
        assertThat(get("/municipalities?q=2800"))
                .bodyJson()
                .extractingPath("$.items[*].nisCode")
                .asArray()
                .containsExactly("12025");
    }

    @Test
    void showsOneMunicipality() {
        assertThat(get("/municipalities/12025")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        {"nisCode": "12025", "nameNl": "Mechelen", "nameFr": "Malines", "provinceNl": "Antwerpen",
                         "regionNl": "Vlaams Gewest", "centroidLat": 51.02866, "centroidLon": 4.45023}
                        """);
    }

    @Test
    void answersAnUnknownMunicipalityWithATranslated404() {
        assertThat(get("/municipalities/99999", "nl")).hasStatus(404).bodyJson().isStrictlyEqualTo("""
                        {"status": 404, "error": "not_found",
                         "message": "Er is geen gemeente met NIS-code 99999 in Vlaanderen of Brussel.", "fields": []}
                        """);
        assertThat(get("/municipalities/99999", "en"))
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.message")
                .isEqualTo("There is no municipality with NIS code 99999 in Flanders or Brussels.");
        assertThat(get("/municipalities/99999/deelgemeenten", "fr"))
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.message")
                .isEqualTo("Il n'y a pas de commune avec le code INS 99999 en Flandre ou à Bruxelles.");
        assertThat(get("/municipalities/99999/sectors")).hasStatus(404);
    }

    @Test
    void listsTheDeelgemeentenAndSectorsOfAMunicipality() {
        assertThat(get("/municipalities/12025/deelgemeenten"))
                .bodyJson()
                .extractingPath("$.items[*].code")
                .asArray()
                .containsExactly("12025D", "12025B", "12025C", "12025A", "12025F", "12025E");
        MvcTestResult sectors = get("/municipalities/12025/sectors?page=1&size=100");
        assertThat(sectors).bodyJson().extractingPath("$.totalItems").isEqualTo(104);
        assertThat(sectors).bodyJson().extractingPath("$.items.length()").isEqualTo(4);
        assertThat(sectors).bodyJson().extractingPath("$.items[3].code").isEqualTo("12025ZZZZ");
    }

    @Test
    void looksUpAPostcode() {
        assertThat(get("/postcodes/2800")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        {"items": [
                           {"postcode": "2800", "locality": "Mechelen", "nisCode": "12025",
                            "municipalityNl": "Mechelen", "deelgemeenteCode": "12025A"},
                           {"postcode": "2800", "locality": "Walem", "nisCode": "12025",
                            "municipalityNl": "Mechelen", "deelgemeenteCode": "12025E"}],
                         "page": 0, "size": 20, "totalItems": 2, "totalPages": 1}
                        """);
        assertThat(get("/postcodes/9999", "en"))
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.message")
                .isEqualTo("Postcode 9999 does not exist in Flanders or Brussels.");
    }

    @Test
    void refusesAPostcodeThatIsNotFourDigits() {
        assertThat(get("/postcodes/28a0", "nl")).hasStatus(400).bodyJson().isStrictlyEqualTo("""
                        {"status": 400, "error": "bad_request",
                         "message": "Een postcode bestaat uit vier cijfers; 28a0 is geen postcode.", "fields": []}
                        """);
        assertThat(get("/postcodes/28000", "en"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.message")
                .isEqualTo("A postcode has four digits; 28000 is not a postcode.");
    }

    @Test
    void refusesPagesOutOfRange() {
        assertThat(get("/municipalities?size=201", "en"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.message")
                .isEqualTo("The parameter page must be 0 or more and size between 1 and 200.");
        assertThat(get("/units?q=gent&page=-1")).hasStatus(400);
        assertThat(get("/municipalities?size=0")).hasStatus(400);
        assertThat(get("/municipalities?page=first", "nl"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.message")
                .isEqualTo("De parameter page heeft een ongeldige waarde.");
        assertThat(get("/municipalities?size=200")).hasStatusOk();
    }

    @Test
    void searchesUnitsByNameOrPostcodePageByPage() {
        assertThat(get("/units?q=2800")).bodyJson().isLenientlyEqualTo("""
                        {"items": [
                           {"type": "MUNICIPALITY", "code": "12025", "label": "Mechelen", "nisCode": "12025",
                            "municipalityNl": "Mechelen"},
                           {"type": "DEELGEMEENTE", "code": "12025A", "label": "Mechelen"},
                           {"type": "DEELGEMEENTE", "code": "12025E", "label": "Walem"}],
                         "totalItems": 3, "totalPages": 1}
                        """);
        MvcTestResult second = get("/units?q=straat&page=1&size=5");
        assertThat(second).bodyJson().extractingPath("$.items.length()").isEqualTo(5);
        assertThat(second).bodyJson().extractingPath("$.page").isEqualTo(1);
        assertThat(get("/units")).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
    }

    @Test
    void documentsTheEndpointsInOpenApi() {
        MvcTestResult docs = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(docs).hasStatusOk();
        assertThat(docs)
                .bodyJson()
                .extractingPath("$.paths")
                .asMap()
                .containsKeys(
                        API + "/municipalities",
                        API + "/municipalities/{nis}",
                        API + "/municipalities/{nis}/deelgemeenten",
                        API + "/municipalities/{nis}/sectors",
                        API + "/postcodes/{postcode}",
                        API + "/units");
    }

    @Test
    @WithAnonymousUser
    void needsAnAuthenticatedUser() {
        assertThat(get("/municipalities/12025").getResponse().getStatus()).isIn(401, 302, 403);
    }

    private MvcTestResult get(String path) {
        return get(path, "nl");
    }

    private MvcTestResult get(String path, String language) {
        return mvc.get()
                .uri(API + path)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .exchange();
    }
}
