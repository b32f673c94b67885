package be.nestwerk.offer.hsds;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The official HSDS 3.0 schemas (classpath {@code hsds/schema/}), loaded under their upstream address so that their
 * {@code $ref}s ("schedule.json", the compiled list schemas that openapi.json names) resolve to our copies without
 * any network access. The extra Frictionless keywords of the schema files (constraints, core, example…) are
 * unknown to JSON Schema 2020-12 and ignored; formats (uuid, email, uri, date-time) are asserted.
 */
@Component
class HsdsSchemas {

    static final String UPSTREAM = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

    /** A schema error: where in the document (a JSON pointer) and what is wrong, in the requested language. */
    record Violation(String path, String message) {

        @Override
        public String toString() {
            return (path.isEmpty() ? "/" : path) + ": " + message;
        }
    }

    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    HsdsSchemas() {
        SchemaRegistryConfig config =
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        this.registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemas(HsdsSchemas::read));
    }

    /** Checks a node against one object schema, e.g. "service.json". */
    List<Violation> validate(String schemaFile, JsonNode node, Locale locale) {
        return validateAt(UPSTREAM + schemaFile, node, locale);
    }

    /** Checks an API answer against the schema of the 200 response of a GET operation of openapi.json. */
    List<Violation> validateResponse(String apiPath, JsonNode node, Locale locale) {
        String pointer = "#/paths/" + apiPath.replace("~", "~0").replace("/", "~1")
                + "/get/responses/200/content/application~1json/schema";
        return validateAt(UPSTREAM + "openapi.json" + pointer, node, locale);
    }

    private List<Violation> validateAt(String location, JsonNode node, Locale locale) {
        Schema schema = schemas.computeIfAbsent(location, at -> registry.getSchema(SchemaLocation.of(at)));
        return schema.validate(node, context -> context.executionConfig(config -> config.locale(locale))).stream()
                .map(error -> new Violation(error.getInstanceLocation().toString(), error.getMessage()))
                .toList();
    }

    private static @Nullable String read(String iri) {
        if (!iri.startsWith(UPSTREAM)) {
            return null;
        }
        String file = iri.substring(UPSTREAM.length());
        ClassPathResource resource = new ClassPathResource("hsds/schema/" + file);
        if (!resource.exists() && file.startsWith("compiled/")) {
            // openapi.json names compiled schemas that upstream left out: the uncompiled one says the same with
            // $refs, which then resolve next to it (compiled/phone.json is phone.json)
            resource = new ClassPathResource("hsds/schema/" + file.substring("compiled/".length()));
        }
        if (!resource.exists()) {
            return null;
        }
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
