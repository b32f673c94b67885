package be.nestwerk.offer;

import be.nestwerk.network.NetworksServingPlace;
import be.nestwerk.offer.SearchCriteria.Near;
import be.nestwerk.offer.TextQuery.Term;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The families' search over the published offers: free text (Dutch stemming, accents folded, unknown words also
 * looked for as the nearest known word), the filters of {@link SearchFilter}, a place with a radius, ranking and
 * paging. The offers are searched in memory ({@link SearchIndex}, ADR 0008); only the typed words (their stems and
 * corrections) and the networks serving a place are looked up in the database, and those are cached.
 *
 * <p>Order: with text, the text rank (name before summary before description); with a place, located offers first,
 * by tier (every word in the name, then in the summary or themes, then elsewhere) and distance; offers that have no
 * public place (online, by phone, confidential address) follow, when their network serves the searched place. By
 * distance: nearest first. Without either: by name.
 */
@Service
public class OfferSearch {

    private final SearchIndex index;
    private final TypoCorrection typos;
    private final NetworksServingPlace servingPlace;
    private final SearchResultCache cache;
    private final Clock clock;

    OfferSearch(
            SearchIndex index,
            TypoCorrection typos,
            NetworksServingPlace servingPlace,
            SearchResultCache cache,
            Clock clock) {
        this.index = index;
        this.typos = typos;
        this.servingPlace = servingPlace;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * What a search needs besides its criteria, looked up once for the search and its alternatives: the typed words
     * checked against the vocabulary, and the networks serving the searched place (whose remote offers count as near).
     */
    record Prepared(List<Term> terms, List<UUID> remoteNetworks) {}

    public SearchPage search(SearchCriteria criteria, SearchOptions options) {
        return search(criteria, options, prepare(criteria));
    }

    public long count(SearchCriteria criteria) {
        return count(criteria, prepare(criteria));
    }

    Prepared prepare(SearchCriteria criteria) {
        Near near = criteria.near();
        List<String> words = criteria.hasText() ? TextQuery.words(criteria.text()) : List.of();
        List<Term> terms = words.isEmpty()
                ? List.of()
                : cache.get("words\u0000" + String.join(" ", words), () -> typos.terms(words));
        List<UUID> serving = near == null
                ? List.of()
                : cache.get(
                        "serving\u0000" + near.postcode() + "\u0000" + near.nisCode(),
                        () -> servingPlace.ids(near.postcode(), near.nisCode()));
        return new Prepared(terms, serving);
    }

    SearchPage search(SearchCriteria criteria, SearchOptions options, Prepared prepared) {
        OfferIndex offers = index.current();
        OfferIndex.Matches matches = find(offers, criteria, prepared, options.order());
        List<SearchResult> results = offers.results(matches, options, criteria.near(), clock.instant());
        List<SearchPage.Correction> corrections = prepared.terms().stream()
                .filter(term -> term.correction() != null)
                .map(term -> new SearchPage.Correction(term.word(), term.correction()))
                .toList();
        return new SearchPage(results, options.page(), options.size(), matches.count(), corrections);
    }

    long count(SearchCriteria criteria, Prepared prepared) {
        return find(index.current(), criteria, prepared, SearchOrder.RELEVANCE).count();
    }

    private static OfferIndex.Matches find(
            OfferIndex offers, SearchCriteria criteria, Prepared prepared, SearchOrder order) {
        // a text of stop words only ("het", "voor") looks for nothing in particular, like an empty text
        List<Term> terms = criteria.hasText() ? prepared.terms() : List.of();
        return offers.find(criteria, terms, prepared.remoteNetworks(), order);
    }
}
