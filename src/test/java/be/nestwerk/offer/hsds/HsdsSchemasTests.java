package be.nestwerk.offer.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.offer.hsds.HsdsSchemas.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The official schemas load from our copies, accept the official examples and refuse what breaks them. */
class HsdsSchemasTests {

    static final Path EXAMPLES = Path.of("../shared/hsds-3.0/examples");

    private final HsdsSchemas schemas = new HsdsSchemas();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theOfficialExamplesValidateAgainstTheirObjectSchemas() throws Exception {
        assertThat(schemas.validate("service.json", example("service_full.json"), Locale.ENGLISH))
                .isEmpty();
        assertThat(schemas.validate("organization.json", example("organization_full.json"), Locale.ENGLISH))
                .isEmpty();
        assertThat(schemas.validate("location.json", example("location.json"), Locale.ENGLISH))
                .isEmpty();
        assertThat(schemas.validate(
                        "service_at_location.json", example("service_at_location_full.json"), Locale.ENGLISH))
                .isEmpty();
        assertThat(schemas.validate("taxonomy_term.json", example("taxonomy_term.json"), Locale.ENGLISH))
                .isEmpty();
    }

    @Test
    void theOfficialListExamplesValidateAgainstTheResponsesOfTheOpenApiDocument() throws Exception {
        assertThat(schemas.validateResponse("/", example("base.json"), Locale.ENGLISH))
                .isEmpty();
        assertThat(schemas.validateResponse("/services", example("service_list.json"), Locale.ENGLISH))
                .isEmpty();
        assertThat(schemas.validateResponse("/organizations", example("organization_list.json"), Locale.ENGLISH))
                .isEmpty();
        assertThat(schemas.validateResponse(
                        "/service_at_locations", example("service_at_location_list.json"), Locale.ENGLISH))
                .isEmpty();
        assertThat(schemas.validateResponse("/taxonomy_terms", example("taxonomy_term_list.json"), Locale.ENGLISH))
                .isEmpty();
        assertThat(schemas.validateResponse("/services/{id}", example("service_full.json"), Locale.ENGLISH))
                .as("the compiled service schema that upstream left out is the uncompiled one")
                .isEmpty();
    }

    @Test
    void aBrokenServiceIsRefusedWithThePathAndAMessageInTheAskedLanguage() {
        JsonNode broken = json.readTree("""
                {"id": "not-a-uuid", "name": 7, "email": "nowhere",
                 "schedules": [{"id": "48102e86-bb50-41c4-8f1e-e269368c41d1", "freq": "DAILY"}]}""");
        assertThat(schemas.validate("service.json", broken, Locale.ENGLISH))
                .extracting(Violation::path)
                .containsExactlyInAnyOrder("/id", "/name", "/email", "/schedules/0/freq", "");
        assertThat(schemas.validate("service.json", broken, Locale.forLanguageTag("nl")))
                .extracting(Violation::message)
                .contains("vereiste eigenschap 'status' niet gevonden");
        assertThat(schemas.validateResponse("/services", json.readTree("{\"total_items\": \"many\"}"), Locale.ENGLISH))
                .extracting(Violation::toString)
                .containsExactly("/total_items: string found, integer expected");
    }

    private JsonNode example(String name) throws Exception {
        return json.readTree(Files.readString(EXAMPLES.resolve(name)));
    }
}
