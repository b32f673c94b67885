package be.nestwerk.offer;

import be.nestwerk.offer.OfferSearch.Prepared;
import be.nestwerk.offer.SearchAlternative.Relaxation;
import be.nestwerk.offer.SearchCriteria.Near;
import be.nestwerk.offer.TextQuery.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;

/**
 * The nearest alternatives to a search that found nothing: each filter the family set, relaxed on its own (a wider
 * radius, anywhere, each typed word alone, no text, not only free, any day, any language, any theme, any age, all of
 * Flanders instead of one network), with the number of offers it finds. Only the ones that find something are
 * proposed. Counting costs a query each, so only an empty result asks for them.
 */
@Component
class SearchAlternatives {

    static final List<Integer> RADII = List.of(5, 10, 25, 50, SearchRequest.MAX_KM);

    private final OfferSearch search;

    SearchAlternatives(OfferSearch search) {
        this.search = search;
    }

    List<SearchAlternative> of(SearchCriteria criteria, Prepared prepared) {
        List<SearchAlternative> found = new ArrayList<>();
        ToLongFunction<SearchCriteria> count = relaxed -> search.count(relaxed, prepared);
        Near near = criteria.near();
        if (near != null) {
            boolean wider = false;
            for (int km : RADII) {
                if (km > near.radiusKm()) {
                    long n = count.applyAsLong(criteria.near(near.within(km)));
                    if (n > 0) {
                        found.add(new SearchAlternative(Relaxation.WIDER_RADIUS, n, km, null));
                        wider = true;
                        break;
                    }
                }
            }
            if (!wider) {
                add(found, Relaxation.ANYWHERE, count.applyAsLong(criteria.near(null)));
            }
        }
        if (prepared.terms().size() > 1) {
            for (Term term : prepared.terms()) {
                long n = search.count(criteria, new Prepared(List.of(term), prepared.remoteNetworks()));
                if (n > 0) {
                    found.add(new SearchAlternative(Relaxation.ONE_WORD, n, null, term.word()));
                }
            }
        }
        if (criteria.hasText()) {
            add(found, Relaxation.WITHOUT_TEXT, count.applyAsLong(criteria.withText(null)));
        }
        if (criteria.freeOnly()) {
            add(found, Relaxation.WITHOUT_FREE_ONLY, count.applyAsLong(criteria.withoutFreeOnly()));
        }
        if (!criteria.days().isEmpty()) {
            add(found, Relaxation.WITHOUT_DAY, count.applyAsLong(criteria.withoutDays()));
        }
        if (criteria.language() != null) {
            add(found, Relaxation.WITHOUT_LANGUAGE, count.applyAsLong(criteria.withoutLanguage()));
        }
        if (!criteria.themes().isEmpty()) {
            add(found, Relaxation.WITHOUT_THEME, count.applyAsLong(criteria.withoutThemes()));
        }
        if (criteria.hasAge()) {
            add(found, Relaxation.WITHOUT_AGE, count.applyAsLong(criteria.withoutAge()));
        }
        if (criteria.networkId() != null) {
            add(found, Relaxation.ALL_NETWORKS, count.applyAsLong(criteria.inNetwork(null)));
        }
        return found;
    }

    private static void add(List<SearchAlternative> found, Relaxation relaxation, long count) {
        if (count > 0) {
            found.add(SearchAlternative.of(relaxation, count));
        }
    }
}
