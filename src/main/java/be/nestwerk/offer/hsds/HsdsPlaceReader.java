package be.nestwerk.offer.hsds;

import static be.nestwerk.offer.hsds.HsdsDataset.text;

import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.hsds.HsdsDataset.ServiceRecord;
import be.nestwerk.offer.hsds.HsdsImportReport.Note;
import be.nestwerk.territory.PostcodeLocation;
import be.nestwerk.territory.Territory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The places of a service: the locations of its service_at_locations (embedded, or named by id elsewhere in the
 * file). Only a physical address with a Belgian postcode that we know becomes a place; any other location is
 * skipped with a warning, a virtual one makes the offer online. A place's id is derived from the network, the
 * service and the location, so that importing the file again keeps it.
 */
@Component
class HsdsPlaceReader {

    private static final Set<String> BELGIUM =
            Set.of("be", "bel", "belgium", "belgië", "belgie", "belgique", "belgien");

    private final Territory territory;

    HsdsPlaceReader(Territory territory) {
        this.territory = territory;
    }

    /** The places found, whether a location is virtual, and the first way of getting there. */
    record Found(
            List<Place> places, boolean virtual, @Nullable String transportation) {}

    Found read(
            ServiceRecord record,
            HsdsDataset dataset,
            String idBase,
            HsdsScheduleReader schedules,
            List<Note> warnings) {
        Map<String, Link> links = new LinkedHashMap<>();
        List<JsonNode> withLocation = new ArrayList<>();
        record.links().forEach(link -> withLocation.add(link.node()));
        record.service().path("service_at_locations").forEach(withLocation::add);
        for (JsonNode link : withLocation) {
            JsonNode location = link.path("location").isObject()
                    ? link.get("location")
                    : dataset.locations()
                            .get(Optional.ofNullable(text(link, "location_id")).orElse(""));
            if (location != null) {
                String key = Optional.ofNullable(text(location, "id")).orElse("location-" + links.size());
                links.computeIfAbsent(key, k -> new Link(location, new ArrayList<>()))
                        .schedules()
                        .add(link.path("schedules"));
            } else {
                schedules.read(link.path("schedules"), null);
            }
        }
        List<Place> places = new ArrayList<>();
        boolean virtual = false;
        String transportation = null;
        for (Map.Entry<String, Link> entry : links.entrySet()) {
            JsonNode location = entry.getValue().location();
            if ("virtual".equals(text(location, "location_type"))) {
                virtual = true;
                continue;
            }
            Place place = place(location, HsdsIds.of("hsds-place/" + idBase + "/" + entry.getKey()), warnings);
            if (place != null) {
                places.add(place);
                if (transportation == null) {
                    transportation = text(location, "transportation");
                }
            }
            // the times of a skipped location still hold for the offer, just not at a place
            UUID placeId = place == null ? null : place.id();
            entry.getValue().schedules().forEach(linkSchedules -> schedules.read(linkSchedules, placeId));
            schedules.read(location.path("schedules"), placeId);
        }
        return new Found(places, virtual, transportation);
    }

    private record Link(JsonNode location, List<JsonNode> schedules) {}

    private @Nullable Place place(JsonNode location, UUID id, List<Note> warnings) {
        String name = Optional.ofNullable(text(location, "name"))
                .orElse(Optional.ofNullable(text(location, "id")).orElse("?"));
        List<JsonNode> addresses = StreamSupport.stream(
                        location.path("addresses").spliterator(), false)
                .sorted((a, b) -> Boolean.compare(
                        !"physical".equals(text(a, "address_type")), !"physical".equals(text(b, "address_type"))))
                .toList();
        if (addresses.isEmpty()) {
            warnings.add(Note.of("offer.hsds.import.warning.location.address", name));
            return null;
        }
        JsonNode address = addresses.get(0);
        String postcode = Optional.ofNullable(text(address, "postal_code")).orElse("");
        String country = text(address, "country");
        if ((country != null && !BELGIUM.contains(country.toLowerCase(Locale.ROOT)))
                || !postcode.matches("[1-9][0-9]{3}")) {
            warnings.add(Note.of(
                    "offer.hsds.import.warning.location.foreign", name, postcode, country == null ? "?" : country));
            return null;
        }
        Optional<PostcodeLocation> known = territory.locatePostcode(postcode);
        if (known.isEmpty()) {
            warnings.add(Note.of("offer.hsds.import.warning.location.postcode", name, postcode));
            return null;
        }
        Double latitude = number(location.get("latitude"));
        Double longitude = number(location.get("longitude"));
        if (latitude != null && longitude != null && !inBelgium(latitude, longitude)) {
            warnings.add(Note.of("offer.hsds.import.warning.location.coordinates", name));
            latitude = null;
            longitude = null;
        }
        String street = Stream.of(text(address, "address_1"), text(address, "address_2"))
                .filter(part -> part != null)
                .collect(Collectors.joining(", "));
        String accessibility = StreamSupport.stream(
                        location.path("accessibility").spliterator(), false)
                .map(item -> Stream.of(text(item, "description"), text(item, "details"))
                        .filter(part -> part != null)
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
        return new Place(
                id,
                text(location, "name"),
                street.isEmpty() ? null : street,
                postcode,
                text(address, "city"),
                null,
                null,
                latitude == null || longitude == null ? null : latitude,
                latitude == null || longitude == null ? null : longitude,
                accessibility.contains("wheelchair")
                        || accessibility.contains("rolstoel")
                        || accessibility.contains("fauteuil"),
                false);
    }

    /** The same bounds as the offer rules: a point outside them is not in Belgium. */
    private static boolean inBelgium(double latitude, double longitude) {
        return latitude >= 49.4 && latitude <= 51.6 && longitude >= 2.4 && longitude <= 6.5;
    }

    private static @Nullable Double number(@Nullable JsonNode value) {
        return value != null && value.isNumber() ? value.asDouble() : null;
    }
}
