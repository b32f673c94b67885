package be.nestwerk.offer;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** What a browser posts for a filled-in offer form: the request parameters of the editor's fields. */
final class OfferEditorParams {

    private final MultiValueMap<String, String> params = new LinkedMultiValueMap<>();

    private OfferEditorParams() {}

    static MultiValueMap<String, String> of(OfferForm form) {
        OfferEditorParams p = new OfferEditorParams();
        if (form.getOrganisation() != null) {
            p.put("organisation", form.getOrganisation());
        }
        p.put("kind", form.getKind());
        p.put("status", form.getStatus());
        for (int i = 0; i < form.getTexts().size(); i++) {
            OfferFormText text = form.getTexts().get(i);
            String row = "texts[" + i + "].";
            p.put(row + "language", text.getLanguage());
            p.put(row + "name", text.getName());
            p.put(row + "summary", text.getSummary());
            p.put(row + "description", text.getDescription());
            p.put(row + "howToAccess", text.getHowToAccess());
            p.put(row + "whatToBring", text.getWhatToBring());
            p.put(row + "costNote", text.getCostNote());
            p.put(row + "gettingThere", text.getGettingThere());
        }
        p.all("pillars", form.getPillars());
        p.all("supportFunctions", form.getSupportFunctions());
        p.all("essentialFunctions", form.getEssentialFunctions());
        p.all("lifeDomains", form.getLifeDomains());
        p.all("taxonomyTerms", form.getTaxonomyTerms());
        p.put("ageFrom", form.getAgeFrom());
        p.put("ageTo", form.getAgeTo());
        p.all("audiences", form.getAudiences());
        p.put("universal", form.getUniversal());
        p.all("languages", form.getLanguages());
        p.tick("interpreterAvailable", form.isInterpreterAvailable());
        for (int i = 0; i < form.getCosts().size(); i++) {
            OfferFormCost cost = form.getCosts().get(i);
            p.put("costs[" + i + "].kind", cost.getKind());
            p.put("costs[" + i + "].amount", cost.getAmount());
            p.put("costs[" + i + "].maximum", cost.getMaximum());
        }
        p.all("accessModes", form.getAccessModes());
        p.put("email", form.getEmail());
        p.put("phone", form.getPhone());
        p.put("website", form.getWebsite());
        p.put("registrationUrl", form.getRegistrationUrl());
        p.tick("online", form.isOnline());
        p.tick("byPhone", form.isByPhone());
        for (int i = 0; i < form.getPlaces().size(); i++) {
            OfferFormPlace place = form.getPlaces().get(i);
            String row = "places[" + i + "].";
            p.put(row + "id", place.getId());
            p.put(row + "name", place.getName());
            p.put(row + "street", place.getStreet());
            p.put(row + "postcode", place.getPostcode());
            p.put(row + "locality", place.getLocality());
            p.put(row + "sectorCode", place.getSectorCode());
            p.put(row + "latitude", place.getLatitude());
            p.put(row + "longitude", place.getLongitude());
            p.tick(row + "wheelchairAccessible", place.isWheelchairAccessible());
            p.tick(row + "confidential", place.isConfidential());
        }
        for (int i = 0; i < form.getOpeningHours().size(); i++) {
            OfferFormHours hours = form.getOpeningHours().get(i);
            String row = "openingHours[" + i + "].";
            p.put(row + "place", hours.getPlace());
            p.put(row + "day", hours.getDay());
            p.put(row + "opens", hours.getOpens());
            p.put(row + "closes", hours.getCloses());
        }
        for (int i = 0; i < form.getClosures().size(); i++) {
            OfferFormClosure closure = form.getClosures().get(i);
            p.put("closures[" + i + "].from", closure.getFrom());
            p.put("closures[" + i + "].to", closure.getTo());
            p.put("closures[" + i + "].note", closure.getNote());
        }
        for (int i = 0; i < form.getSessions().size(); i++) {
            OfferFormSession session = form.getSessions().get(i);
            String row = "sessions[" + i + "].";
            p.put(row + "id", session.getId());
            p.put(row + "place", session.getPlace());
            p.put(row + "date", session.getDate());
            p.put(row + "starts", session.getStarts());
            p.put(row + "ends", session.getEnds());
            p.put(row + "repeat", session.getRepeat());
            p.put(row + "until", session.getUntil());
            p.put(row + "count", session.getCount());
            p.put(row + "rule", session.getRule());
            p.put(row + "capacity", session.getCapacity());
            p.put(row + "placesLeft", session.getPlacesLeft());
            p.put(row + "registrationUrl", session.getRegistrationUrl());
            p.put(row + "registrationPhone", session.getRegistrationPhone());
        }
        return p.params;
    }

    /** A text field is always sent, empty when nothing was typed. */
    private void put(String name, @Nullable String value) {
        params.add(name, value == null ? "" : value);
    }

    private void all(String name, List<String> values) {
        values.forEach(value -> params.add(name, value));
    }

    /** A checkbox is sent only when ticked. */
    private void tick(String name, boolean ticked) {
        if (ticked) {
            params.add(name, "true");
        }
    }
}
