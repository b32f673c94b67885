package be.nestwerk.offer;

import be.nestwerk.network.NetworkView;
import be.nestwerk.network.Networks;
import be.nestwerk.network.NetworksServingPlace;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The search as the front door's pages and JSON API ask it: the parameters checked (every problem at once), the
 * answer taken from the cache of identical searches or else searched in the in-memory index, and for an empty
 * page of the pages (not of the API) the alternatives and the networks to ask.
 */
@Service
class FrontDoorSearch {

    private final OfferSearch search;
    private final SearchAlternatives alternatives;
    private final SearchResultCache cache;
    private final SearchPlaces places;
    private final NetworksServingPlace servingPlace;
    private final Networks networks;
    private final Clock clock;
    private final boolean cacheAnswers;

    FrontDoorSearch(
            OfferSearch search,
            SearchAlternatives alternatives,
            SearchResultCache cache,
            SearchPlaces places,
            NetworksServingPlace servingPlace,
            Networks networks,
            Clock clock,
            @Value("${nestwerk.search.cache-answers:true}") boolean cacheAnswers) {
        this.search = search;
        this.alternatives = alternatives;
        this.cache = cache;
        this.places = places;
        this.servingPlace = servingPlace;
        this.networks = networks;
        this.clock = clock;
        this.cacheAnswers = cacheAnswers;
    }

    /**
     * The answer of a search page, with the alternatives and the networks to ask when it is empty.
     *
     * @param scope the network whose offers are searched; null for all of Flanders and Brussels
     * @throws InvalidSearchException with every problem of the parameters
     */
    FrontDoorAnswer answer(SearchRequest request, ResultParameters parameters, @Nullable NetworkView scope) {
        return cached(
                "page:" + (scope == null ? "" : scope.id()),
                request,
                parameters,
                problems -> scope,
                true,
                Function.identity());
    }

    /**
     * The answer of the JSON API, without alternatives, rendered once per cached search. It is looked up by the query
     * string as it arrived, so that a repeated search is answered before its parameters are even read; an unknown
     * network slug ({@code network}) is one of the problems.
     *
     * @throws InvalidSearchException with every problem of the parameters
     */
    <T> T answer(
            String queryString, Map<String, String[]> parameters, String form, Function<FrontDoorAnswer, T> render) {
        LocalDate today = LocalDate.now(clock.withZone(SessionOccurrences.BELGIUM));
        return answerOf(form + "\u0000" + today + "\u0000" + queryString, () -> {
            String network = SearchRequest.first(parameters, "network");
            String slug = network == null || network.isBlank() ? null : network.strip();
            Function<List<ContentProblem>, @Nullable NetworkView> scope = problems -> {
                if (slug == null) {
                    return null;
                }
                NetworkView found = networks.findBySlug(slug).orElse(null);
                if (found == null) {
                    problems.add(ContentProblem.of("network", "offer.search.problem.network", slug));
                }
                return found;
            };
            return render.apply(search(SearchRequest.of(parameters), ResultParameters.of(parameters), scope, false));
        });
    }

    private <T> T cached(
            String scopeKey,
            SearchRequest request,
            ResultParameters parameters,
            Function<List<ContentProblem>, @Nullable NetworkView> scope,
            boolean withAlternatives,
            Function<FrontDoorAnswer, T> render) {
        LocalDate today = LocalDate.now(clock.withZone(SessionOccurrences.BELGIUM));
        String key = scopeKey + "\u0000" + today + "\u0000" + request.key() + "\u0000" + parameters.key();
        return answerOf(key, () -> render.apply(search(request, parameters, scope, withAlternatives)));
    }

    /** The cached answer; {@code nestwerk.search.cache-answers=false} computes every one (the benchmark compares). */
    private <T> T answerOf(String key, Supplier<T> compute) {
        return cacheAnswers ? cache.get(key, compute) : compute.get();
    }

    private FrontDoorAnswer search(
            SearchRequest request,
            ResultParameters parameters,
            Function<List<ContentProblem>, @Nullable NetworkView> scopeOf,
            boolean withAlternatives) {
        List<ContentProblem> problems = new ArrayList<>();
        NetworkView scope = scopeOf.apply(problems);
        SearchCriteria criteria = null;
        try {
            criteria = request.criteria(places, clock).inNetwork(scope == null ? null : scope.id());
        } catch (InvalidSearchException invalid) {
            problems.addAll(invalid.problems());
        }
        SearchOptions options =
                SearchOptions.of(parameters.in(), parameters.sort(), parameters.page(), parameters.size(), problems);
        if (criteria == null || !problems.isEmpty()) {
            throw new InvalidSearchException(problems);
        }
        OfferSearch.Prepared prepared = search.prepare(criteria);
        SearchPage page = search.search(criteria, options, prepared);
        if (!withAlternatives || !page.isEmpty()) {
            return new FrontDoorAnswer(criteria, options, page, List.of(), List.of());
        }
        return new FrontDoorAnswer(
                criteria,
                options,
                page,
                alternatives.of(criteria, prepared),
                scope != null ? List.of(scope) : servingNetworks(criteria.near()));
    }

    private List<NetworkView> servingNetworks(SearchCriteria.@Nullable Near near) {
        return near == null ? List.of() : servingPlace.serving(near.postcode(), near.nisCode());
    }
}
