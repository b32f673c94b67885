package be.nestwerk.offer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps what a search result card shows next to the search projection (V43), so that a page of results reads a few
 * columns instead of every offer's JSON content: names and summaries per language, the organisation's name, the kinds
 * of cost, and whether it is reachable by phone. Every change to the published offers also empties the search's
 * result cache and brings the offer up to date in this instance's search index, once the transaction has committed.
 */
@Component
class SearchCards {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final SearchResultCache cache;
    private final SearchIndex index;

    SearchCards(JdbcTemplate jdbc, JsonMapper json, SearchResultCache cache, SearchIndex index) {
        this.jdbc = jdbc;
        this.json = json;
        this.cache = cache;
        this.index = index;
    }

    /** Called after the offer's row and places are written. */
    @Transactional(propagation = Propagation.MANDATORY)
    void write(UUID offerId, OfferContent content, String organisationName) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        content.texts().forEach((language, text) -> {
            Map<String, String> card = new LinkedHashMap<>();
            card.put("name", text.name());
            if (text.summary() != null) {
                card.put("summary", text.summary());
            }
            texts.put(language, card);
        });
        jdbc.update(
                "update published_offer set organisation_name = ?, card_texts = cast(? as jsonb),"
                        + " cost_kinds = cast(? as text[]), by_phone = ? where offer_id = ?",
                organisationName,
                json.writeValueAsString(texts),
                content.costs().stream()
                        .map(cost -> cost.kind().name())
                        .distinct()
                        .sorted()
                        .toArray(String[]::new),
                content.byPhone(),
                offerId);
        cache.clearAfterCommit();
        index.changedAfterCommit(offerId);
    }

    /** Called when an offer leaves the published offers (and before it is written again). */
    void removed(UUID offerId) {
        cache.clearAfterCommit();
        index.changedAfterCommit(offerId);
    }
}
