package be.nestwerk.offer.hsds;

import be.nestwerk.offer.TextQuery;
import be.nestwerk.offer.hsds.HsdsTaxonomies.Term;
import be.nestwerk.offer.hsds.HsdsTaxonomies.Vocabulary;
import be.nestwerk.territory.PostcodeLocation;
import be.nestwerk.territory.Territory;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The HSDS list parameters, checked: full text ({@code search}), a taxonomy term or a whole taxonomy, an
 * organisation, a change date, and a postcode with an optional distance around its centre ({@code proximity}, in
 * metres). An id that names no term or taxonomy of ours is no mistake: it just matches nothing.
 *
 * @param tsquery the words of {@code search} as a Dutch tsquery; null for no text
 * @param matchesNothing a term or taxonomy id that we do not know was asked for
 */
record HsdsQuery(
        @Nullable String tsquery,
        @Nullable Term term,
        @Nullable Vocabulary taxonomy,
        boolean matchesNothing,
        @Nullable UUID organisationId,
        @Nullable Instant modifiedAfter,
        @Nullable String postcode,
        @Nullable Near near,
        HsdsPaging paging) {

    /** The centre of a postcode and a radius. */
    record Near(double latitude, double longitude, double radiusKm) {}

    static HsdsQuery of(Map<String, String> parameters, HsdsTaxonomies taxonomies, Territory territory) {
        HsdsParameters.format(parameters.get("format"));
        String search = HsdsParameters.search(parameters.get("search"));
        UUID termId = HsdsParameters.uuid("taxonomy_term_id", parameters.get("taxonomy_term_id"));
        UUID taxonomyId = HsdsParameters.uuid("taxonomy_id", parameters.get("taxonomy_id"));
        Optional<Term> term = termId == null ? Optional.empty() : taxonomies.term(termId);
        Optional<Vocabulary> taxonomy = taxonomyId == null ? Optional.empty() : taxonomies.vocabulary(taxonomyId);
        boolean unknown = (termId != null && term.isEmpty()) || (taxonomyId != null && taxonomy.isEmpty());
        String postcode = parameters.get("postcode");
        Double proximity = HsdsParameters.proximity(parameters.get("proximity"));
        Near near = null;
        if (postcode != null && !postcode.isBlank()) {
            postcode = postcode.strip();
            if (!postcode.matches("[1-9][0-9]{3}")) {
                throw new HsdsParameterException("offer.problem.postcode", postcode);
            }
            PostcodeLocation location = territory
                    .locatePostcode(postcode)
                    .orElseThrow(() -> new HsdsParameterException(
                            "offer.problem.postcode.unknown",
                            parameters.get("postcode").strip()));
            if (proximity != null) {
                near = new Near(location.latitude(), location.longitude(), proximity / 1000);
            }
        } else if (proximity != null) {
            throw new HsdsParameterException("offer.hsds.problem.proximityWithoutPostcode");
        } else {
            postcode = null;
        }
        return new HsdsQuery(
                search == null ? null : TextQuery.of(TextQuery.words(search)),
                term.orElse(null),
                taxonomy.orElse(null),
                unknown,
                HsdsParameters.uuid("organization_id", parameters.get("organization_id")),
                HsdsParameters.dateTime("modified_after", parameters.get("modified_after")),
                near == null ? postcode : null,
                near,
                HsdsPaging.of(parameters.get("page"), parameters.get("per_page")));
    }
}
