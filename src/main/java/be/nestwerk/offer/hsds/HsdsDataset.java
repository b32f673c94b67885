package be.nestwerk.offer.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The organizations and services of an uploaded HSDS 3.0 JSON document. Accepted: one organization (with its
 * services), one service (with its embedded organization), one service_at_location (with its service), an array of
 * these, an HSDS page ({@code contents}), or the tabular packaging ({@link HsdsTabular}). Services are grouped by the organization they belong to, so that each
 * group can be mapped to one of the network's partner organisations; locations named by id are looked up among the
 * document's locations.
 */
record HsdsDataset(List<Organisation> organisations, Map<String, JsonNode> locations, List<String> unrecognised) {

    /**
     * An organization of the file: its key (its HSDS id, or its place in the file), name and services. Its node is
     * set when the file describes it; {@code embedded} when that is inside a service (and checked with it).
     */
    record Organisation(
            String key,
            @Nullable String hsdsId,
            @Nullable String name,
            String path,
            @Nullable JsonNode node,
            boolean embedded,
            List<ServiceRecord> services) {}

    /** A node of the file and where it is (a JSON pointer). */
    record Located(String path, JsonNode node) {}

    /**
     * One record to import: a service at {@code path} in the file; for service_at_location documents, the links
     * (with their location) of that service found in the file, the service at path/service of the first.
     */
    record ServiceRecord(String path, String servicePath, JsonNode service, List<Located> links) {

        @Nullable
        String hsdsId() {
            return text(service, "id");
        }

        String name() {
            String name = text(service, "name");
            return name == null ? "" : name;
        }
    }

    static HsdsDataset read(JsonNode root) {
        return read(root, Set.of());
    }

    /** The dataset, without the rows of the tabular form at these paths (rows that failed their schema). */
    static HsdsDataset read(JsonNode root, Set<String> leftOut) {
        if (HsdsTabular.isTabular(root)) {
            return HsdsTabular.read(root, leftOut);
        }
        Reader reader = new Reader();
        if (root.isArray()) {
            reader.items(root, "");
        } else if (root.isObject() && root.path("contents").isArray()) {
            reader.items(root.get("contents"), "/contents");
        } else {
            reader.item(root, "");
        }
        return new HsdsDataset(List.copyOf(reader.organisations.values()), reader.locations, reader.unrecognised);
    }

    boolean isEmpty() {
        return organisations.isEmpty();
    }

    int serviceCount() {
        return organisations.stream()
                .mapToInt(organisation -> organisation.services().size())
                .sum();
    }

    static @Nullable String text(@Nullable JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    private static final List<String> ORGANISATION_FIELDS = List.of(
            "alternate_name",
            "email",
            "website",
            "tax_status",
            "tax_id",
            "year_incorporated",
            "legal_status",
            "logo",
            "parent_organization_id",
            "funding",
            "contacts",
            "phones",
            "locations",
            "programs",
            "organization_identifiers");

    private static final class Reader {

        private final Map<String, Organisation> organisations = new LinkedHashMap<>();
        private final Map<String, JsonNode> locations = new LinkedHashMap<>();
        private final List<String> unrecognised = new ArrayList<>();

        void items(JsonNode array, String path) {
            for (int i = 0; i < array.size(); i++) {
                item(array.get(i), path + "/" + i);
            }
        }

        void item(JsonNode node, String path) {
            if (!node.isObject()) {
                unrecognised.add(path);
            } else if (node.path("service").isObject()) {
                service(node.get("service"), path, node);
            } else if (isService(node)) {
                service(node, path, null);
            } else if (node.has("location_type")) {
                location(node);
            } else if (node.path("services").isArray() || isOrganisation(node)) {
                organisation(node, path);
            } else {
                unrecognised.add(path.isEmpty() ? "/" : path);
            }
        }

        private static boolean isService(JsonNode node) {
            return node.has("status")
                    || node.has("service_at_locations")
                    || node.path("organization").isObject();
        }

        /** A taxonomy also has a name and a description: an organization has more that is its own. */
        private static boolean isOrganisation(JsonNode node) {
            return node.has("name") && ORGANISATION_FIELDS.stream().anyMatch(node::has);
        }

        private void organisation(JsonNode node, String path) {
            node.path("locations").forEach(this::location);
            Organisation organisation = group(node, path, false);
            JsonNode services = node.path("services");
            for (int i = 0; i < services.size(); i++) {
                String at = path + "/services/" + i;
                organisation.services().add(new ServiceRecord(at, at, services.get(i), List.of()));
            }
        }

        private void service(JsonNode service, String path, @Nullable JsonNode link) {
            JsonNode embedded = service.path("organization").isObject() ? service.get("organization") : null;
            if (embedded != null) {
                embedded.path("locations").forEach(this::location);
            }
            Organisation organisation;
            if (embedded != null) {
                organisation = group(embedded, (link == null ? path : path + "/service") + "/organization", true);
            } else {
                String id = text(service, "organization_id");
                organisation = organisations.computeIfAbsent(
                        id == null ? "" : id,
                        key -> new Organisation(key, id, null, path, null, true, new ArrayList<>()));
            }
            String id = text(service, "id");
            for (ServiceRecord known : organisation.services()) {
                if (link != null
                        && id != null
                        && id.equals(text(known.service(), "id"))
                        && !known.links().isEmpty()) {
                    known.links().add(new Located(path, link));
                    return;
                }
            }
            List<Located> links = new ArrayList<>();
            if (link != null) {
                links.add(new Located(path, link));
            }
            organisation
                    .services()
                    .add(new ServiceRecord(path, link == null ? path : path + "/service", service, links));
        }

        /** The group of this organization, made once; a later, fuller description of it fills in the name. */
        private Organisation group(JsonNode node, String path, boolean embedded) {
            String id = text(node, "id");
            String key = id == null ? path : id;
            Organisation known = organisations.get(key);
            if (known == null || known.name() == null) {
                Organisation organisation = new Organisation(
                        key,
                        id,
                        text(node, "name"),
                        path,
                        node,
                        embedded,
                        known == null ? new ArrayList<>() : known.services());
                organisations.put(key, organisation);
                return organisation;
            }
            return known;
        }

        private void location(JsonNode node) {
            String id = text(node, "id");
            if (id != null) {
                locations.putIfAbsent(id, node);
            }
        }
    }
}
