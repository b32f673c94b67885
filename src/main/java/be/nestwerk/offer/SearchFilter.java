package be.nestwerk.offer;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns search criteria into the conditions on {@code published_offer p} (and its public locations) that the
 * search, the map and the calendar share. Text is matched through a tsquery made by {@link TextQuery}.
 *
 * @param where the SQL conditions, joined with "and" (never empty)
 * @param parameters the named parameters they use
 */
public record SearchFilter(String where, Map<String, Object> parameters) {

    /** Kilometres per degree of latitude; a degree of longitude is this times cos(latitude). */
    public static final double KM_PER_DEGREE = 111.2;

    /**
     * Distance in km from the search point to location {@code l}, on a flat map scaled at the search point's latitude
     * (equirectangular): within 2 % of the great-circle distance up to 100 km in Belgium, and a few multiplications
     * instead of the haversine's trigonometry for every location in the box.
     */
    public static final String DISTANCE_KM =
            "sqrt(power((l.latitude - :lat) * :kmPerLat, 2) + power((l.longitude - :lon) * :kmPerLon, 2))";

    static SearchFilter of(SearchCriteria criteria, @Nullable String tsquery) {
        SearchFilter offer = onOffers(criteria, "p");
        List<String> conditions = new ArrayList<>(List.of(offer.where()));
        Map<String, Object> parameters = new LinkedHashMap<>(offer.parameters());
        if (tsquery != null) {
            conditions.add("p.search_document @@ to_tsquery('dutch', :tsquery)");
            parameters.put("tsquery", tsquery);
        }
        SearchCriteria.Near near = criteria.near();
        if (near != null) {
            conditions.add("exists (select 1 from published_location l where l.offer_id = p.offer_id"
                    + " and not l.confidential and " + withinBox() + " and " + DISTANCE_KM + " <= :km)");
            parameters.putAll(nearParameters(near));
        }
        return new SearchFilter(String.join(" and ", conditions), parameters);
    }

    /**
     * The conditions on what an offer is (status, network, age, themes, language, cost, days), without the text and
     * the place, on the rows named {@code alias}: a published offer ({@code p}), or one of its places, which carry the
     * same columns (V43), so that a place search filters the places in the box without reading their offers.
     */
    static SearchFilter onOffers(SearchCriteria criteria, String alias) {
        String a = alias + ".";
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        conditions.add(a + "status <> 'INACTIVE'");
        if (criteria.networkId() != null) {
            conditions.add(a + "network_id = :network");
            parameters.put("network", criteria.networkId());
        }
        if (criteria.ageMonths() != null) {
            conditions.add(a + "age_from_months <= :age and " + a + "age_to_months >= :age");
            parameters.put("age", criteria.ageMonths());
        }
        if (criteria.pregnant()) {
            conditions.add(a + "age_from_months < 0");
        }
        if (!criteria.themes().isEmpty()) {
            conditions.add(a + "life_domains && cast(:themes as text[])");
            parameters.put("themes", criteria.themes().stream().map(Enum::name).toArray(String[]::new));
        }
        if (criteria.language() != null) {
            conditions.add(a + "languages @> cast(:language as text[])");
            parameters.put("language", new String[] {criteria.language()});
        }
        if (criteria.freeOnly()) {
            conditions.add(a + "free");
        }
        if (!criteria.days().isEmpty()) {
            conditions.add("(" + a + "weekdays & :days) <> 0");
            parameters.put("days", mask(criteria.days().stream().toList()));
        }
        return new SearchFilter(String.join(" and ", conditions), parameters);
    }

    /** A bounding box first, so that the index on (latitude, longitude) narrows the rows before the distance. */
    public static String withinBox() {
        return "l.latitude between :minLat and :maxLat and l.longitude between :minLon and :maxLon";
    }

    static Map<String, Object> nearParameters(SearchCriteria.Near near) {
        return nearParameters(near.latitude(), near.longitude(), near.radiusKm());
    }

    /** The parameters of {@link #withinBox()} and {@link #DISTANCE_KM} for a point and a radius. */
    public static Map<String, Object> nearParameters(double latitude, double longitude, double radiusKm) {
        double kmPerLon = KM_PER_DEGREE * Math.cos(Math.toRadians(latitude));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("lat", latitude);
        parameters.put("lon", longitude);
        parameters.put("km", radiusKm);
        parameters.put("kmPerLat", KM_PER_DEGREE);
        parameters.put("kmPerLon", kmPerLon);
        parameters.put("minLat", latitude - radiusKm / KM_PER_DEGREE);
        parameters.put("maxLat", latitude + radiusKm / KM_PER_DEGREE);
        parameters.put("minLon", longitude - radiusKm / kmPerLon);
        parameters.put("maxLon", longitude + radiusKm / kmPerLon);
        return parameters;
    }

    static int mask(List<DayOfWeek> days) {
        return days.stream().mapToInt(day -> 1 << (day.getValue() - 1)).reduce(0, (a, b) -> a | b);
    }
}
