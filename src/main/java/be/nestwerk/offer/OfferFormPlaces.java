package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.territory.PostcodeLocation;
import be.nestwerk.territory.Territory;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The places of the editor's form. The catalogue fills in a place's locality and coordinates from its postcode when
 * they are not given; the form shows those derived values empty again, so that a changed postcode moves the place.
 */
final class OfferFormPlaces {

    private static final Pattern SECTOR = Pattern.compile("[0-9]{5}[A-Z0-9-]{4}");

    private final Territory territory;

    OfferFormPlaces(Territory territory) {
        this.territory = territory;
    }

    Place read(OfferFormReader in, String field, OfferFormPlace row) {
        String postcode = in.required(field + ".postcode", row.getPostcode(), 4);
        String sector = in.text(field + ".sectorCode", row.getSectorCode(), 9);
        if (sector != null) {
            sector = sector.toUpperCase(Locale.ROOT);
            checkSector(in, field + ".sectorCode", sector, postcode);
        }
        return new Place(
                OfferFormReader.id(row.getId()),
                in.text(field + ".name", row.getName(), OfferContentRules.MAX_NAME),
                in.text(field + ".street", row.getStreet(), OfferContentRules.MAX_NAME),
                postcode,
                in.text(field + ".locality", row.getLocality(), OfferContentRules.MAX_NAME),
                null,
                sector,
                in.coordinate(field + ".latitude", row.getLatitude()),
                in.coordinate(field + ".longitude", row.getLongitude()),
                row.isWheelchairAccessible(),
                row.isConfidential());
    }

    OfferFormPlace toRow(Place place) {
        Optional<PostcodeLocation> derived = territory.locatePostcode(place.postcode());
        boolean derivedPosition = derived.isPresent()
                && Objects.equals(place.latitude(), derived.get().latitude())
                && Objects.equals(place.longitude(), derived.get().longitude());
        boolean derivedLocality =
                derived.isPresent() && derived.get().locality().equals(place.locality());
        OfferFormPlace row = new OfferFormPlace();
        row.setId(place.id().toString());
        row.setName(place.name());
        row.setStreet(place.street());
        row.setPostcode(place.postcode());
        row.setLocality(derivedLocality ? null : place.locality());
        row.setSectorCode(place.sectorCode());
        row.setLatitude(
                derivedPosition || place.latitude() == null
                        ? null
                        : place.latitude().toString());
        row.setLongitude(
                derivedPosition || place.longitude() == null
                        ? null
                        : place.longitude().toString());
        row.setWheelchairAccessible(place.wheelchairAccessible());
        row.setConfidential(place.confidential());
        return row;
    }

    /** A statistical sector must exist and lie in the municipality of the place's postcode. */
    private void checkSector(OfferFormReader in, String field, String sector, String postcode) {
        if (!SECTOR.matcher(sector).matches()
                || territory.existingSectorCodes(Set.of(sector)).isEmpty()) {
            in.problem(field, "offer.editor.problem.sector.unknown", sector);
            return;
        }
        territory
                .locatePostcode(postcode)
                .filter(location -> !sector.startsWith(location.nisCode()))
                .ifPresent(location -> in.problem(field, "offer.editor.problem.sector.elsewhere", postcode));
    }
}
