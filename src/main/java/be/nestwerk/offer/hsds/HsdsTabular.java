package be.nestwerk.offer.hsds;

import static be.nestwerk.offer.hsds.HsdsDataset.text;

import be.nestwerk.offer.hsds.HsdsDataset.Located;
import be.nestwerk.offer.hsds.HsdsDataset.Organisation;
import be.nestwerk.offer.hsds.HsdsDataset.ServiceRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * HSDS's tabular packaging in JSON: one array of rows per table ("services.csv", "locations.csv"…), linked by ids.
 * The rows are nested back into services as the JSON form has them: a row of a detail table (a phone, a schedule…)
 * goes to the most specific thing it names (a service_at_location, else the service, else the location). Detail rows
 * are checked against their table's schema first; an invalid one is left out (and reported) rather than the service.
 */
final class HsdsTabular {

    /** The detail tables that are nested into services, with their schemas. */
    static final Map<String, String> DETAIL_TABLES = tables();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HsdsTabular() {}

    /** A row of a detail table, where it is in the file. */
    record Row(String path, JsonNode node, String schema) {}

    static boolean isTabular(JsonNode root) {
        return root.isObject()
                && root.path("services.csv").isArray()
                && root.propertyNames().stream().allMatch(name -> name.endsWith(".csv"));
    }

    static List<Row> detailRows(JsonNode root) {
        List<Row> rows = new ArrayList<>();
        DETAIL_TABLES.forEach((table, schema) -> {
            JsonNode array = root.path(table);
            for (int i = 0; i < array.size(); i++) {
                rows.add(new Row("/" + table + "/" + i, array.get(i), schema));
            }
        });
        return rows;
    }

    static HsdsDataset read(JsonNode root, Set<String> leftOut) {
        Tables tables = new Tables(root, leftOut);
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        JsonNode organisationRows = root.path("organizations.csv");
        for (int i = 0; i < organisationRows.size(); i++) {
            JsonNode row = organisationRows.get(i);
            String id = text(row, "id");
            String key = id == null ? "/organizations.csv/" + i : id;
            organisations.putIfAbsent(
                    key,
                    new Organisation(
                            key, id, text(row, "name"), "/organizations.csv/" + i, row, false, new ArrayList<>()));
        }
        Map<String, JsonNode> locations = new LinkedHashMap<>();
        tables.rows("locations.csv")
                .forEach(location -> locations.put(text(location.node(), "id"), location(tables, location.node())));
        JsonNode serviceRows = root.path("services.csv");
        for (int i = 0; i < serviceRows.size(); i++) {
            JsonNode row = serviceRows.get(i);
            String id = text(row, "id");
            String organisationId = text(row, "organization_id");
            String key = organisationId == null ? "" : organisationId;
            Organisation organisation = organisations.computeIfAbsent(
                    key,
                    k -> new Organisation(k, organisationId, null, "/services.csv", null, true, new ArrayList<>()));
            ObjectNode service = copy(row);
            List<Located> links = new ArrayList<>();
            for (Row link : tables.rows("service_at_location.csv")) {
                if (id != null && id.equals(text(link.node(), "service_id"))) {
                    ObjectNode nested = copy(link.node());
                    String linkId = text(link.node(), "id");
                    attach(nested, "phones", tables.named("phones.csv", "service_at_location_id", linkId));
                    attach(nested, "schedules", tables.named("schedules.csv", "service_at_location_id", linkId));
                    attach(nested, "contacts", tables.named("contacts.csv", "service_at_location_id", linkId));
                    JsonNode location = locations.get(text(link.node(), "location_id"));
                    if (location != null) {
                        nested.set("location", location);
                    }
                    links.add(new Located(link.path(), nested));
                }
            }
            attach(service, "phones", tables.ofService("phones.csv", id));
            attach(service, "schedules", tables.ofService("schedules.csv", id));
            attach(service, "contacts", tables.ofService("contacts.csv", id));
            attach(service, "languages", tables.named("languages.csv", "service_id", id));
            attach(service, "cost_options", tables.named("cost_options.csv", "service_id", id));
            attach(service, "required_documents", tables.named("required_documents.csv", "service_id", id));
            attach(service, "attributes", tables.attributes(id));
            organisation.services().add(new ServiceRecord("/services.csv/" + i, "/services.csv/" + i, service, links));
        }
        return new HsdsDataset(List.copyOf(organisations.values()), locations, List.of());
    }

    private static ObjectNode location(Tables tables, JsonNode row) {
        ObjectNode location = copy(row);
        String id = text(row, "id");
        attach(location, "addresses", tables.named("addresses.csv", "location_id", id));
        attach(location, "accessibility", tables.named("accessibility.csv", "location_id", id));
        attach(location, "schedules", tables.ofLocation("schedules.csv", id));
        attach(location, "phones", tables.ofLocation("phones.csv", id));
        return location;
    }

    private static ObjectNode copy(JsonNode row) {
        return row instanceof ObjectNode object ? object.deepCopy() : NODES.objectNode();
    }

    private static void attach(ObjectNode parent, String field, List<JsonNode> rows) {
        if (!rows.isEmpty()) {
            parent.putArray(field).addAll(rows);
        }
    }

    /** The rows of the file, without those left out, and the links between them. */
    private record Tables(JsonNode root, Set<String> leftOut) {

        List<Row> rows(String table) {
            List<Row> rows = new ArrayList<>();
            JsonNode array = root.path(table);
            for (int i = 0; i < array.size(); i++) {
                String path = "/" + table + "/" + i;
                if (!leftOut.contains(path) && array.get(i).isObject()) {
                    rows.add(new Row(path, array.get(i), DETAIL_TABLES.getOrDefault(table, "")));
                }
            }
            return rows;
        }

        List<JsonNode> named(String table, String field, @Nullable String id) {
            return id == null
                    ? List.of()
                    : rows(table).stream()
                            .map(Row::node)
                            .filter(row -> id.equals(text(row, field)))
                            .toList();
        }

        /** Rows of the service that are not for one of its service_at_locations. */
        List<JsonNode> ofService(String table, @Nullable String serviceId) {
            return named(table, "service_id", serviceId).stream()
                    .filter(row -> !isLink(text(row, "service_at_location_id")))
                    .toList();
        }

        /** Rows of the location that are neither for a service nor for a service_at_location. */
        List<JsonNode> ofLocation(String table, @Nullable String locationId) {
            return named(table, "location_id", locationId).stream()
                    .filter(row -> text(row, "service_id") == null && !isLink(text(row, "service_at_location_id")))
                    .toList();
        }

        List<JsonNode> attributes(@Nullable String serviceId) {
            List<JsonNode> attributes = new ArrayList<>();
            for (JsonNode row : named("attributes.csv", "link_id", serviceId)) {
                ObjectNode attribute = copy(row);
                named("taxonomy_terms.csv", "id", text(row, "taxonomy_term_id")).stream()
                        .findFirst()
                        .ifPresent(term -> attribute.set("taxonomy_term", term.deepCopy()));
                attributes.add(attribute);
            }
            return attributes;
        }

        private boolean isLink(@Nullable String id) {
            return id != null && !named("service_at_location.csv", "id", id).isEmpty();
        }
    }

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("service_at_location.csv", "service_at_location.json");
        tables.put("locations.csv", "location.json");
        tables.put("addresses.csv", "address.json");
        tables.put("accessibility.csv", "accessibility.json");
        tables.put("phones.csv", "phone.json");
        tables.put("schedules.csv", "schedule.json");
        tables.put("contacts.csv", "contact.json");
        tables.put("languages.csv", "language.json");
        tables.put("cost_options.csv", "cost_option.json");
        tables.put("required_documents.csv", "required_document.json");
        tables.put("attributes.csv", "attribute.json");
        tables.put("taxonomy_terms.csv", "taxonomy_term.json");
        return tables;
    }
}
