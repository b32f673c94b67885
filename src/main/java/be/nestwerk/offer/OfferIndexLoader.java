package be.nestwerk.offer;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads published offers from the search projection into {@link IndexedOffer}s: all of them, or the ones that
 * changed. Inactive offers are left out, since no search shows them; so are confidential places and past sessions.
 */
@Component
class OfferIndexLoader {

    private static final TypeReference<Map<String, IndexedOffer.CardText>> CARD_TEXTS = new TypeReference<>() {};

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    OfferIndexLoader(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.json = json;
        this.clock = clock;
    }

    Map<UUID, IndexedOffer> all() {
        return load("", new MapSqlParameterSource());
    }

    Map<UUID, IndexedOffer> only(Collection<UUID> ids) {
        return load(
                " and p.offer_id = any(cast(:ids as uuid[]))",
                new MapSqlParameterSource(
                        "ids", ids.stream().map(UUID::toString).toArray(String[]::new)));
    }

    private Map<UUID, IndexedOffer> load(String which, MapSqlParameterSource parameters) {
        parameters.addValue("now", Timestamp.from(clock.instant()));
        String offers = " from published_offer p where p.status <> 'INACTIVE'" + which;
        Map<UUID, List<String>> lexemes = new HashMap<>();
        Map<UUID, List<Byte>> weights = new HashMap<>();
        Map<String, String> interned = new HashMap<>();
        jdbc.query(
                "select p.offer_id, t.lexeme, t.weights from published_offer p, unnest(p.search_document) t"
                        + " where p.status <> 'INACTIVE'" + which,
                parameters,
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    String lexeme = rs.getString(2);
                    lexemes.computeIfAbsent(id, key -> new ArrayList<>())
                            .add(interned.computeIfAbsent(lexeme, word -> word));
                    weights.computeIfAbsent(id, key -> new ArrayList<>()).add(bestWeight(rs.getArray(3)));
                });
        Map<UUID, List<IndexedOffer.Place>> places = new HashMap<>();
        jdbc.query(
                "select l.offer_id, l.name, l.postcode, l.locality, l.latitude, l.longitude"
                        + " from published_location l join published_offer p on p.offer_id = l.offer_id"
                        + " where not l.confidential and p.status <> 'INACTIVE'" + which
                        + " order by l.offer_id, l.position",
                parameters,
                rs -> {
                    places.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
                            .add(new IndexedOffer.Place(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    (Double) rs.getObject(5),
                                    (Double) rs.getObject(6)));
                });
        Map<UUID, List<Long>> sessions = new HashMap<>();
        jdbc.query(
                "select s.offer_id, s.starts_at from activity_session s join published_offer p"
                        + " on p.offer_id = s.offer_id where s.starts_at >= :now and p.status <> 'INACTIVE'" + which
                        + " order by s.offer_id, s.starts_at",
                parameters,
                rs -> {
                    sessions.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
                            .add(rs.getTimestamp(2).getTime());
                });
        Map<UUID, IndexedOffer> found = new LinkedHashMap<>();
        jdbc.query(
                "select p.offer_id, p.network_id, p.kind, p.name, p.age_from_months, p.age_to_months,"
                        + " p.life_domains, p.languages, p.free, p.weekdays, coalesce(p.organisation_name, '') as"
                        + " organisation_name, p.online, coalesce(p.by_phone, false) as by_phone, p.cost_kinds,"
                        + " cast(p.card_texts as text) as card_texts" + offers,
                parameters,
                rs -> {
                    UUID id = rs.getObject("offer_id", UUID.class);
                    List<String> words = lexemes.getOrDefault(id, List.of());
                    List<Byte> best = weights.getOrDefault(id, List.of());
                    byte[] bestWeights = new byte[best.size()];
                    for (int i = 0; i < bestWeights.length; i++) {
                        bestWeights[i] = best.get(i);
                    }
                    found.put(
                            id,
                            new IndexedOffer(
                                    id,
                                    rs.getObject("network_id", UUID.class),
                                    OfferKind.valueOf(rs.getString("kind")),
                                    rs.getString("name"),
                                    rs.getInt("age_from_months"),
                                    rs.getInt("age_to_months"),
                                    lifeDomains(strings(rs.getArray("life_domains"))),
                                    List.of(strings(rs.getArray("languages"))),
                                    rs.getBoolean("free"),
                                    rs.getInt("weekdays"),
                                    rs.getString("organisation_name"),
                                    rs.getBoolean("online"),
                                    rs.getBoolean("by_phone"),
                                    Arrays.stream(strings(rs.getArray("cost_kinds")))
                                            .map(CostKind::valueOf)
                                            .toList(),
                                    cardTexts(rs),
                                    List.copyOf(places.getOrDefault(id, List.of())),
                                    sessions.getOrDefault(id, List.of()).stream()
                                            .mapToLong(Long::longValue)
                                            .toArray(),
                                    words.toArray(String[]::new),
                                    bestWeights));
                });
        return found;
    }

    private Map<String, IndexedOffer.CardText> cardTexts(ResultSet rs) throws SQLException {
        String texts = rs.getString("card_texts");
        return texts == null ? Map.of() : Map.copyOf(json.readValue(texts, CARD_TEXTS));
    }

    /** The best of a lexeme's weights ("A" = 3 … "D" = 0); a document without positions has D. */
    private static byte bestWeight(@Nullable Array weights) throws SQLException {
        byte best = 0;
        for (String weight : strings(weights)) {
            best = (byte) Math.max(best, 'D' - weight.charAt(0));
        }
        return best;
    }

    private static long lifeDomains(String[] names) {
        long bits = 0;
        for (String name : names) {
            try {
                bits |= 1L << LifeDomain.valueOf(name).ordinal();
            } catch (IllegalArgumentException unknown) {
                // a life domain this version does not know cannot be searched for either
            }
        }
        return bits;
    }

    private static String[] strings(@Nullable Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
