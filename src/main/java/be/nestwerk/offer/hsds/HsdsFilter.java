package be.nestwerk.offer.hsds;

import be.nestwerk.offer.SearchFilter;
import be.nestwerk.offer.hsds.HsdsTaxonomies.Term;
import be.nestwerk.offer.hsds.HsdsTaxonomies.Vocabulary;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link HsdsQuery} as SQL conditions on {@code published_offer p}; for a list of service_at_locations also on
 * the public location {@code l} of each row. Inactive offers stay in (HSDS status "inactive"); a confidential
 * location is never matched.
 */
record HsdsFilter(String where, Map<String, Object> parameters) {

    private static final String VERSION = "exists (select 1 from offer_version v where v.id = p.version_id and ";

    static HsdsFilter of(HsdsQuery query, HsdsTaxonomies taxonomies, boolean perLocation) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        conditions.add("true");
        if (query.tsquery() != null) {
            conditions.add("p.search_document @@ to_tsquery('dutch', :tsquery)");
            parameters.put("tsquery", query.tsquery());
        }
        if (query.term() != null) {
            conditions.add(term(query.term(), taxonomies, parameters));
        }
        if (query.taxonomy() != null) {
            conditions.add(anyTermOf(query.taxonomy()));
        }
        if (query.organisationId() != null) {
            conditions.add("p.organisation_id = :organisation");
            parameters.put("organisation", query.organisationId());
        }
        if (query.modifiedAfter() != null) {
            conditions.add("p.modified_at >= :modifiedAfter");
            parameters.put("modifiedAfter", Timestamp.from(query.modifiedAfter()));
        }
        String location = null;
        if (query.postcode() != null) {
            location = "l.postcode = :postcode";
            parameters.put("postcode", query.postcode());
        }
        HsdsQuery.Near near = query.near();
        if (near != null) {
            location = SearchFilter.withinBox() + " and " + SearchFilter.DISTANCE_KM + " <= :km";
            parameters.putAll(SearchFilter.nearParameters(near.latitude(), near.longitude(), near.radiusKm()));
        }
        if (location != null) {
            conditions.add(
                    perLocation
                            ? location
                            : "exists (select 1 from published_location l where l.offer_id = p.offer_id"
                                    + " and not l.confidential and " + location + ")");
        }
        return new HsdsFilter(String.join(" and ", conditions), parameters);
    }

    /** A term of a hierarchy (Open Eligibility) also matches the offers classified under a term below it. */
    private static String term(Term term, HsdsTaxonomies taxonomies, Map<String, Object> parameters) {
        if (term.vocabulary() != Vocabulary.TRANSLATION) {
            parameters.put("codes", taxonomies.codesWithDescendants(term).toArray(String[]::new));
        }
        return switch (term.vocabulary()) {
            case OPEN_ELIGIBILITY -> "p.taxonomy_terms && cast(:codes as text[])";
            case PILLAR -> "p.pillars && cast(:codes as text[])";
            case SUPPORT_FUNCTION -> "p.support_functions && cast(:codes as text[])";
            case LIFE_DOMAIN -> "p.life_domains && cast(:codes as text[])";
            case AUDIENCE -> "p.audiences && cast(:codes as text[])";
            case ACCESS_MODE -> VERSION + "v.content -> 'accessModes' @> to_jsonb(cast(:codes as text[])))";
            case TRANSLATION -> {
                String[] parts = term.code().split("/");
                parameters.put("language", parts[1]);
                parameters.put(
                        "field", TranslatedField.byCode(parts[0]).orElseThrow().jsonKey());
                yield VERSION + "coalesce(v.content -> 'texts' -> :language ->> :field, '') <> '')";
            }
        };
    }

    private static String anyTermOf(Vocabulary vocabulary) {
        return switch (vocabulary) {
            case OPEN_ELIGIBILITY -> "cardinality(p.taxonomy_terms) > 0";
            case PILLAR -> "cardinality(p.pillars) > 0";
            case SUPPORT_FUNCTION -> "cardinality(p.support_functions) > 0";
            case LIFE_DOMAIN -> "cardinality(p.life_domains) > 0";
            case AUDIENCE -> "cardinality(p.audiences) > 0";
            case ACCESS_MODE -> VERSION + "jsonb_array_length(v.content -> 'accessModes') > 0)";
            case TRANSLATION -> VERSION + "(select count(*) from jsonb_object_keys(v.content -> 'texts')) > 1)";
        };
    }
}
