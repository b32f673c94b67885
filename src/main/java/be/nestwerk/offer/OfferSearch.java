package be.nestwerk.offer;

import be.nestwerk.network.NetworksServingPlace;
import be.nestwerk.offer.SearchCriteria.Near;
import be.nestwerk.offer.TextQuery.Term;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The families' search over the published offers: free text (Dutch stemming, accents folded, unknown words also
 * looked for as the nearest known word), the filters of {@link SearchFilter}, a place with a radius, ranking and
 * paging. One query answers a page: the matching offers are counted and ordered on narrow rows, and only the page's
 * rows get their card (texts in the requested language, nearest public place, next session).
 *
 * <p>Order: with text, the text rank (name before summary before description); with a place, located offers first,
 * by tier (every word in the name, then in the summary or themes, then elsewhere) and distance; offers that have no
 * public place (online, by phone, confidential address) follow, when their network serves the searched place. By
 * distance: nearest first. Without either: by name.
 */
@Service
@Transactional(readOnly = true)
public class OfferSearch {

    /** Up to this radius (km) the plan PostgreSQL keeps for a statement serves any place well enough. */
    static final int WIDEST_GENERIC_RADIUS = 25;

    private final JdbcClient jdbc;
    private final TypoCorrection typos;
    private final NetworksServingPlace servingPlace;
    private final SearchResultCache cache;
    private final Clock clock;

    OfferSearch(
            JdbcClient jdbc,
            TypoCorrection typos,
            NetworksServingPlace servingPlace,
            SearchResultCache cache,
            Clock clock) {
        this.jdbc = jdbc;
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
        if (near != null && near.radiusKm() > WIDEST_GENERIC_RADIUS) {
            // PostgreSQL's generic plan (made after a few runs of the same statement) fetches the offers of every
            // place in the box one by one; past this radius that is slower than planning the search for its values.
            jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)")
                    .query(String.class)
                    .single();
        }
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
        SearchMatches matches = matches(criteria, prepared);
        Map<String, Object> parameters = new LinkedHashMap<>(matches.parameters());
        parameters.put("limit", options.size());
        parameters.put("offset", options.offset());
        parameters.put("textLanguage", options.textLanguage());
        parameters.put("now", Timestamp.from(clock.instant()));
        long[] total = {0};
        List<SearchResult> results = jdbc.sql("with page as (select m.offer_id, m.sort_name, m.km, m.rank, m.tier,"
                        + " count(*) over () as total from (" + matches.rows() + ") m"
                        + " order by " + matches.order(options.order(), "m.offer_id")
                        + " limit :limit offset :offset)"
                        + " select page.offer_id, page.km, page.total, p.network_id, p.kind,"
                        + " coalesce(p.organisation_name, '') as organisation_name, p.languages, p.cost_kinds,"
                        + " p.free, p.online, coalesce(p.by_phone, false) as by_phone, p.name as dutch_name,"
                        + " coalesce(p.card_texts -> :textLanguage, p.card_texts -> 'nl') ->> 'name' as text_name,"
                        + " coalesce(p.card_texts -> :textLanguage, p.card_texts -> 'nl') ->> 'summary' as summary,"
                        + " (p.card_texts -> :textLanguage) is not null as translated,"
                        + " pl.name as place_name, pl.postcode, pl.locality, pl.latitude, pl.longitude,"
                        + " (select min(s.starts_at) from activity_session s where s.offer_id = page.offer_id"
                        + " and s.starts_at >= :now) as next_session"
                        + " from page join published_offer p on p.offer_id = page.offer_id"
                        + " left join lateral (select l.name, l.postcode, l.locality, l.latitude, l.longitude"
                        + " from published_location l where l.offer_id = page.offer_id and not l.confidential"
                        + " order by " + matches.nearestPlace() + " limit 1) pl on true"
                        + " order by " + matches.order(options.order(), "page.offer_id"))
                .params(parameters)
                .query((rs, row) -> {
                    total[0] = rs.getLong("total");
                    return result(rs, options.textLanguage());
                })
                .list();
        if (results.isEmpty() && options.page() > 0) {
            total[0] = count(criteria, prepared);
        }
        List<SearchPage.Correction> corrections = prepared.terms().stream()
                .filter(term -> term.correction() != null)
                .map(term -> new SearchPage.Correction(term.word(), term.correction()))
                .toList();
        return new SearchPage(results, options.page(), options.size(), total[0], corrections);
    }

    long count(SearchCriteria criteria, Prepared prepared) {
        SearchMatches matches = matches(criteria, prepared);
        return jdbc.sql("select count(*) from (" + matches.rows() + ") m")
                .params(matches.parameters())
                .query(Long.class)
                .single();
    }

    private static SearchMatches matches(SearchCriteria criteria, Prepared prepared) {
        return SearchMatches.of(criteria, criteria.hasText() ? prepared.terms() : List.of(), prepared.remoteNetworks());
    }

    private static SearchResult result(ResultSet rs, String textLanguage) throws SQLException {
        boolean translated = rs.getBoolean("translated");
        String name = rs.getString("text_name");
        String postcode = rs.getString("postcode");
        String placeName = rs.getString("place_name");
        SearchResult.Place place = postcode == null && placeName == null
                ? null
                : new SearchResult.Place(
                        placeName, postcode, rs.getString("locality"), (Double) rs.getObject("latitude"), (Double)
                                rs.getObject("longitude"));
        Timestamp next = rs.getTimestamp("next_session");
        return new SearchResult(
                rs.getObject("offer_id", UUID.class),
                rs.getObject("network_id", UUID.class),
                OfferKind.valueOf(rs.getString("kind")),
                name == null ? rs.getString("dutch_name") : name,
                rs.getString("summary"),
                translated ? textLanguage : ContentLanguage.DUTCH,
                !translated && !textLanguage.equals(ContentLanguage.DUTCH),
                rs.getString("organisation_name"),
                (Double) rs.getObject("km"),
                place,
                rs.getBoolean("online"),
                rs.getBoolean("by_phone"),
                next == null ? null : next.toInstant(),
                rs.getBoolean("free"),
                Arrays.stream(strings(rs.getArray("cost_kinds")))
                        .map(CostKind::valueOf)
                        .toList(),
                List.of(strings(rs.getArray("languages"))));
    }

    private static String[] strings(@Nullable Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
