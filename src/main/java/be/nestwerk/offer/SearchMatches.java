package be.nestwerk.offer;

import be.nestwerk.offer.SearchCriteria.Near;
import be.nestwerk.offer.TextQuery.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The SQL of the offers that match a search, one row per offer with what orders them: {@code offer_id},
 * {@code sort_name}, {@code km} (distance to the nearest public place, null without one), {@code rank} (text rank)
 * and {@code tier} (2: every word in the name, 1: in the name, summary or themes, 0: elsewhere).
 *
 * <p>With a place, the public places inside the radius are found first (the box narrows them on the position index)
 * and filtered on the copies of their offer's columns (V43), so that only text needs the offers themselves. Offers
 * without a public place (online, by phone, or at a confidential address only)
 * cannot be near anything; they are added when they belong to the searched network or to a network that serves the
 * searched place, and are listed after every located offer.
 *
 * @param rows the select of the matching rows
 * @param textQuery the tsquery of the words; empty without text
 * @param placed whether a place was searched (rows have a distance)
 */
record SearchMatches(String rows, Map<String, Object> parameters, String textQuery, boolean placed) {

    static final String NO_DISTANCE = "cast(null as double precision)";

    /** An offer without a public place on the map; asked only of one network's offers, so it costs little. */
    static final String UNLOCATED = "not exists (select 1 from published_location u where u.offer_id = p.offer_id"
            + " and not u.confidential and u.latitude is not null)";

    static SearchMatches of(SearchCriteria criteria, List<Term> terms, List<UUID> remoteNetworks) {
        String tsquery = TextQuery.allOf(terms);
        SearchFilter filter = SearchFilter.of(criteria.near(null), tsquery);
        Map<String, Object> parameters = new LinkedHashMap<>(filter.parameters());
        Near near = criteria.near();
        // With a place, words order by where they occur (tier) and then by distance; a rank would only part offers
        // at the same distance, so it is not computed for every offer in the radius.
        String rank =
                tsquery == null || near != null ? "0" : "ts_rank(p.search_document, to_tsquery('dutch', :tsquery))";
        String tier = "0";
        if (tsquery != null && near != null) {
            tier = "case when p.search_document @@ to_tsquery('dutch', :inName) then 2"
                    + " when p.search_document @@ to_tsquery('dutch', :inSummary) then 1 else 0 end";
            parameters.put("inName", TextQuery.allOfIn(terms, "A"));
            parameters.put("inSummary", TextQuery.allOfIn(terms, "AB"));
        }
        if (near == null) {
            return new SearchMatches(
                    select(NO_DISTANCE, rank, tier) + " from published_offer p where " + filter.where(),
                    parameters,
                    tsquery == null ? "" : tsquery,
                    false);
        }
        parameters.putAll(SearchFilter.nearParameters(near));
        SearchFilter places = SearchFilter.onOffers(criteria, "l");
        String inRadius = " from published_location l where not l.confidential and " + SearchFilter.withinBox()
                + " and " + SearchFilter.DISTANCE_KM + " <= :km and " + places.where() + " group by l.offer_id";
        String rows = tsquery == null
                ? "select l.offer_id, min(l.offer_name) as sort_name, min(" + SearchFilter.DISTANCE_KM + ") as km,"
                        + " 0 as rank, 0 as tier" + inRadius
                : select("d.km", rank, tier) + " from (select l.offer_id, min(" + SearchFilter.DISTANCE_KM
                        + ") as km" + inRadius + ") d join published_offer p on p.offer_id = d.offer_id"
                        + " where p.search_document @@ to_tsquery('dutch', :tsquery)";
        String remote = null;
        if (criteria.networkId() != null) {
            remote = UNLOCATED;
        } else if (!remoteNetworks.isEmpty()) {
            remote = "p.network_id = any(cast(:remoteNetworks as uuid[])) and " + UNLOCATED;
            parameters.put(
                    "remoteNetworks",
                    remoteNetworks.stream().map(UUID::toString).toArray(String[]::new));
        }
        if (remote != null) {
            rows += " union all " + select(NO_DISTANCE, rank, tier) + " from published_offer p where " + remote
                    + " and " + filter.where();
        }
        return new SearchMatches(rows, parameters, tsquery == null ? "" : tsquery, true);
    }

    private static String select(String km, String rank, String tier) {
        return "select p.offer_id, p.name as sort_name, " + km + " as km, " + rank + " as rank, " + tier + " as tier";
    }

    boolean hasText() {
        return !textQuery.isEmpty();
    }

    /** The order of the rows: located before remote, then by tier and distance, or text rank, then name. */
    String order(SearchOrder requested, String offerId) {
        List<String> keys = new ArrayList<>();
        if (placed) {
            keys.add("km is null");
            if (requested == SearchOrder.DISTANCE) {
                keys.add("km");
            } else if (hasText()) {
                keys.add("tier desc");
                keys.add("km");
            } else {
                keys.add("km");
            }
        } else if (hasText()) {
            keys.add("rank desc");
        }
        keys.add("sort_name");
        keys.add(offerId);
        return String.join(", ", keys);
    }

    /** The public place of an offer that a card shows: the nearest to the searched place, or else the first. */
    String nearestPlace() {
        return placed ? SearchFilter.DISTANCE_KM : "l.position";
    }
}
