package be.nestwerk.offer;

import be.nestwerk.offer.SearchCriteria.Near;
import be.nestwerk.offer.TextQuery.Term;
import java.text.CollationKey;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One immutable state of the in-memory search index (ADR 0008): the published offers in name order, the postings of
 * their lexemes, their offers per network and their public places on a grid. A search reads one state from start to
 * end; a change makes a new state ({@link #with}) while searches go on on the old one.
 *
 * <p>It answers like the search's SQL did: every word must match (as a prefix of a lexeme, like a tsquery's
 * {@code :*}); with a place, the offers with a public place within the radius, and those without any public place on
 * the map of the searched network or of a network serving the place, listed after them.
 */
final class OfferIndex {

    /** Grid cells of 0.05° (5.6 km) by 0.08° (5.5 km in Belgium). */
    private static final double CELL_LAT = 0.05;

    private static final double CELL_LON = 0.08;
    private static final int ORDINAL_BITS = 24;
    private static final long ORDINAL_MASK = (1L << ORDINAL_BITS) - 1;
    /** The text rank of a term by where it matched best: D, C, B, A (like ts_rank's default weights). */
    private static final int[] RANK_OF_WEIGHT = {1, 2, 4, 10};

    private final Map<UUID, IndexedOffer> byId;
    private final IndexedOffer[] offers;
    private final String[] dictionary;
    private final int[][] postings;
    private final byte[][] postingWeights;
    private final Map<UUID, int[]> byNetwork;
    private final Map<Long, int[]> cells;
    private final double[] placeLatitude;
    private final double[] placeLongitude;
    private final int[] placeOffer;
    // The filter columns by ordinal: scanning arrays, not objects, keeps a broad filter over every offer cheap.
    private final int[] ageFrom;
    private final int[] ageTo;
    private final long[] lifeDomains;
    private final long[] languages;
    private final int[] weekdays;
    private final BitSet free;
    private final BitSet located;
    private final Map<String, Long> languageBits = new HashMap<>();

    static final OfferIndex EMPTY = new OfferIndex(List.of());

    OfferIndex(Collection<IndexedOffer> all) {
        // collation keys: comparing them is much cheaper than asking the collator for every comparison of the sort
        Collator collator = Collator.getInstance(Locale.forLanguageTag("nl"));
        Map<IndexedOffer, CollationKey> keys = new IdentityHashMap<>();
        all.forEach(offer -> keys.put(offer, collator.getCollationKey(offer.name())));
        offers = all.stream()
                .sorted(Comparator.comparing((IndexedOffer offer) -> keys.get(offer))
                        .thenComparing(IndexedOffer::name)
                        .thenComparing(IndexedOffer::id))
                .toArray(IndexedOffer[]::new);
        if (offers.length > ORDINAL_MASK) {
            throw new IllegalStateException("Too many offers for the search index: " + offers.length);
        }
        byId = new HashMap<>(offers.length * 2);
        ageFrom = new int[offers.length];
        ageTo = new int[offers.length];
        lifeDomains = new long[offers.length];
        languages = new long[offers.length];
        weekdays = new int[offers.length];
        free = new BitSet(offers.length);
        located = new BitSet(offers.length);
        Map<UUID, List<Integer>> networks = new HashMap<>();
        TreeMap<String, List<int[]>> words = new TreeMap<>();
        List<double[]> places = new ArrayList<>();
        for (int ordinal = 0; ordinal < offers.length; ordinal++) {
            IndexedOffer offer = offers[ordinal];
            byId.put(offer.id(), offer);
            ageFrom[ordinal] = offer.ageFrom();
            ageTo[ordinal] = offer.ageTo();
            lifeDomains[ordinal] = offer.lifeDomains();
            weekdays[ordinal] = offer.weekdays();
            free.set(ordinal, offer.free());
            located.set(ordinal, offer.located());
            for (String language : offer.languages()) {
                languages[ordinal] |= languageBit(language);
            }
            networks.computeIfAbsent(offer.networkId(), id -> new ArrayList<>()).add(ordinal);
            for (int i = 0; i < offer.lexemes().length; i++) {
                words.computeIfAbsent(offer.lexemes()[i], word -> new ArrayList<>())
                        .add(new int[] {ordinal, offer.weights()[i]});
            }
            for (IndexedOffer.Place place : offer.places()) {
                if (place.onMap()) {
                    places.add(new double[] {place.latitude(), place.longitude(), ordinal});
                }
            }
        }
        dictionary = words.keySet().toArray(String[]::new);
        postings = new int[dictionary.length][];
        postingWeights = new byte[dictionary.length][];
        for (int w = 0; w < dictionary.length; w++) {
            List<int[]> list = words.get(dictionary[w]);
            postings[w] = new int[list.size()];
            postingWeights[w] = new byte[list.size()];
            for (int i = 0; i < list.size(); i++) {
                postings[w][i] = list.get(i)[0];
                postingWeights[w][i] = (byte) list.get(i)[1];
            }
        }
        byNetwork = new HashMap<>();
        networks.forEach((network, ordinals) -> byNetwork.put(
                network, ordinals.stream().mapToInt(Integer::intValue).toArray()));
        placeLatitude = new double[places.size()];
        placeLongitude = new double[places.size()];
        placeOffer = new int[places.size()];
        Map<Long, List<Integer>> grid = new HashMap<>();
        for (int p = 0; p < places.size(); p++) {
            double[] place = places.get(p);
            placeLatitude[p] = place[0];
            placeLongitude[p] = place[1];
            placeOffer[p] = (int) place[2];
            grid.computeIfAbsent(cell(cellOfLatitude(place[0]), cellOfLongitude(place[1])), key -> new ArrayList<>())
                    .add(p);
        }
        cells = new HashMap<>();
        grid.forEach((key, list) ->
                cells.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The bit of a language; past 63 languages the rest share the last bit, and the offer's list decides. */
    private long languageBit(String language) {
        return languageBits.computeIfAbsent(language, code -> 1L << Math.min(languageBits.size(), 63));
    }

    private boolean passes(Filter filter, int o) {
        return (filter.age == null || (ageFrom[o] <= filter.age && ageTo[o] >= filter.age))
                && (!filter.pregnant || ageFrom[o] < 0)
                && (filter.themes == 0 || (lifeDomains[o] & filter.themes) != 0)
                && (filter.language == null || speaks(o, filter.language, filter.languageBit))
                && (!filter.freeOnly || free.get(o))
                && (filter.days == 0 || (weekdays[o] & filter.days) != 0);
    }

    private boolean speaks(int o, String language, long bit) {
        return (languages[o] & bit) != 0
                && (bit != Long.MIN_VALUE || offers[o].languages().contains(language));
    }

    /** A new state with these offers' latest rows (absent ones left the published offers). */
    OfferIndex with(Set<UUID> changed, Map<UUID, IndexedOffer> latest) {
        Map<UUID, IndexedOffer> next = new LinkedHashMap<>(byId);
        changed.forEach(next::remove);
        next.putAll(latest);
        return new OfferIndex(next.values());
    }

    int size() {
        return offers.length;
    }

    /** The offers that match, ordered and counted; the page is cut by {@link Matches#page}. */
    Matches find(SearchCriteria criteria, List<Term> terms, List<UUID> remoteNetworks, SearchOrder order) {
        int n = offers.length;
        BitSet candidates = null;
        byte[][] best = new byte[terms.size()][];
        for (int t = 0; t < terms.size(); t++) {
            best[t] = new byte[n];
            BitSet term = matching(terms.get(t), best[t]);
            if (candidates == null) {
                candidates = term;
            } else {
                candidates.and(term);
            }
        }
        Filter filter = new Filter(
                criteria, criteria.language() == null ? 0 : languageBits.getOrDefault(criteria.language(), 0L));
        if (filter.language != null && filter.languageBit == 0) {
            return new Matches(new long[0], 0, null);
        }
        if (filter.network != null) {
            BitSet inNetwork = new BitSet(n);
            for (int o : byNetwork.getOrDefault(filter.network, new int[0])) {
                inNetwork.set(o);
            }
            if (candidates == null) {
                candidates = inNetwork;
            } else {
                candidates.and(inNetwork);
            }
        }
        Near near = criteria.near();
        if (near == null) {
            return unplaced(candidates, filter, best);
        }
        return placed(near, candidates, filter, best, remoteNetworks, order);
    }

    private Matches unplaced(@Nullable BitSet candidates, Filter filter, byte[][] best) {
        int n = offers.length;
        long[] keys = new long[candidates == null ? n : candidates.cardinality()];
        int count = 0;
        for (int o = candidates == null ? 0 : candidates.nextSetBit(0);
                o >= 0 && o < n;
                o = candidates == null ? o + 1 : candidates.nextSetBit(o + 1)) {
            if (!passes(filter, o)) {
                continue;
            }
            long key = o;
            if (best.length > 0) {
                int rank = 0;
                for (byte[] term : best) {
                    rank += RANK_OF_WEIGHT[term[o] - 1];
                }
                key |= (long) (Integer.MAX_VALUE - rank) << ORDINAL_BITS;
            }
            keys[count++] = key;
        }
        return new Matches(keys, count, null);
    }

    private Matches placed(
            Near near,
            @Nullable BitSet candidates,
            Filter filter,
            byte[][] best,
            List<UUID> remoteNetworks,
            SearchOrder order) {
        int n = offers.length;
        double[] km = new double[n];
        Arrays.fill(km, Double.NaN);
        List<Integer> inRadius = new ArrayList<>();
        double kmPerLon = SearchFilter.KM_PER_DEGREE * Math.cos(Math.toRadians(near.latitude()));
        double radius = near.radiusKm();
        double minLat = near.latitude() - radius / SearchFilter.KM_PER_DEGREE;
        double maxLat = near.latitude() + radius / SearchFilter.KM_PER_DEGREE;
        double minLon = near.longitude() - radius / kmPerLon;
        double maxLon = near.longitude() + radius / kmPerLon;
        for (long latCell = cellOfLatitude(minLat); latCell <= cellOfLatitude(maxLat); latCell++) {
            for (long lonCell = cellOfLongitude(minLon); lonCell <= cellOfLongitude(maxLon); lonCell++) {
                int[] inCell = cells.get(cell(latCell, lonCell));
                if (inCell == null) {
                    continue;
                }
                for (int p : inCell) {
                    int o = placeOffer[p];
                    if (candidates != null && !candidates.get(o)) {
                        continue;
                    }
                    double dLat = (placeLatitude[p] - near.latitude()) * SearchFilter.KM_PER_DEGREE;
                    double dLon = (placeLongitude[p] - near.longitude()) * kmPerLon;
                    double squared = dLat * dLat + dLon * dLon;
                    if (squared > radius * radius) {
                        continue;
                    }
                    double distance = Math.sqrt(squared);
                    if (Double.isNaN(km[o])) {
                        if (!passes(filter, o)) {
                            continue;
                        }
                        inRadius.add(o);
                        km[o] = distance;
                    } else if (distance < km[o]) {
                        km[o] = distance;
                    }
                }
            }
        }
        List<Integer> remote = new ArrayList<>();
        List<UUID> remoteFrom = filter.network != null ? List.of(filter.network) : remoteNetworks;
        for (UUID network : remoteFrom) {
            for (int o : byNetwork.getOrDefault(network, new int[0])) {
                if ((candidates == null || candidates.get(o)) && !located.get(o) && passes(filter, o)) {
                    remote.add(o);
                }
            }
        }
        long[] keys = new long[inRadius.size() + remote.size()];
        int count = 0;
        boolean byTier = best.length > 0 && order != SearchOrder.DISTANCE;
        for (int o : inRadius) {
            long key = o | ((long) Float.floatToIntBits((float) km[o]) << ORDINAL_BITS);
            if (byTier) {
                key |= (long) (2 - tier(best, o)) << 59;
            }
            keys[count++] = key;
        }
        for (int o : remote) {
            long key = o | (1L << 62);
            if (byTier) {
                key |= (long) (2 - tier(best, o)) << 59;
            }
            keys[count++] = key;
        }
        return new Matches(keys, count, km);
    }

    /** 2: every word in the name; 1: every word in the name, summary or themes; 0: elsewhere. */
    private static int tier(byte[][] best, int o) {
        int tier = 2;
        for (byte[] term : best) {
            int weight = term[o] - 1;
            tier = Math.min(tier, weight == IndexedOffer.WEIGHT_A ? 2 : weight == IndexedOffer.WEIGHT_B ? 1 : 0);
        }
        return tier;
    }

    /** The offers with a lexeme starting with one of the term's stems; {@code best} gets their best weight + 1. */
    private BitSet matching(Term term, byte[] best) {
        BitSet found = new BitSet(offers.length);
        for (String stem : term.stems()) {
            int from = Arrays.binarySearch(dictionary, stem);
            for (int w = from >= 0 ? from : -from - 1; w < dictionary.length && dictionary[w].startsWith(stem); w++) {
                int[] ordinals = postings[w];
                byte[] weights = postingWeights[w];
                for (int i = 0; i < ordinals.length; i++) {
                    int o = ordinals[i];
                    found.set(o);
                    best[o] = (byte) Math.max(best[o], weights[i] + 1);
                }
            }
        }
        return found;
    }

    /** The result cards of a page of matches. */
    List<SearchResult> results(Matches matches, SearchOptions options, @Nullable Near near, Instant now) {
        long[] page = matches.page(options.offset(), options.size());
        List<SearchResult> results = new ArrayList<>(page.length);
        for (long key : page) {
            int o = (int) (key & ORDINAL_MASK);
            Double km = matches.km == null || Double.isNaN(matches.km[o]) ? null : matches.km[o];
            results.add(card(offers[o], km, near, options.textLanguage(), now));
        }
        return results;
    }

    private static SearchResult card(
            IndexedOffer offer, @Nullable Double km, @Nullable Near near, String language, Instant now) {
        IndexedOffer.CardText text = offer.texts().get(language);
        boolean translated = text != null;
        if (text == null) {
            text = offer.texts().get(ContentLanguage.DUTCH);
        }
        String name = text == null || text.name() == null ? offer.name() : text.name();
        IndexedOffer.Place place = shownPlace(offer, near);
        Long next = offer.nextSession(now.toEpochMilli());
        return new SearchResult(
                offer.id(),
                offer.networkId(),
                offer.kind(),
                name,
                text == null ? null : text.summary(),
                translated ? language : ContentLanguage.DUTCH,
                !translated && !language.equals(ContentLanguage.DUTCH),
                offer.organisationName(),
                km,
                place == null || (place.name() == null && place.postcode() == null) ? null : place.result(),
                offer.online(),
                offer.byPhone(),
                next == null ? null : Instant.ofEpochMilli(next),
                offer.free(),
                offer.costKinds(),
                offer.languages());
    }

    /** The nearest public place to the searched place (those without coordinates last), or else the first one. */
    private static IndexedOffer.@Nullable Place shownPlace(IndexedOffer offer, @Nullable Near near) {
        if (offer.places().isEmpty()) {
            return null;
        }
        IndexedOffer.Place shown = offer.places().get(0);
        if (near == null) {
            return shown;
        }
        double kmPerLon = SearchFilter.KM_PER_DEGREE * Math.cos(Math.toRadians(near.latitude()));
        double nearest = Double.MAX_VALUE;
        for (IndexedOffer.Place place : offer.places()) {
            if (place.onMap()) {
                double dLat = (place.latitude() - near.latitude()) * SearchFilter.KM_PER_DEGREE;
                double dLon = (place.longitude() - near.longitude()) * kmPerLon;
                double distance = Math.sqrt(dLat * dLat + dLon * dLon);
                if (distance < nearest) {
                    nearest = distance;
                    shown = place;
                }
            }
        }
        return shown;
    }

    private static long cellOfLatitude(double latitude) {
        return (long) Math.floor(latitude / CELL_LAT);
    }

    private static long cellOfLongitude(double longitude) {
        return (long) Math.floor(longitude / CELL_LON);
    }

    private static long cell(long latCell, long lonCell) {
        return (latCell << 32) ^ (lonCell & 0xffffffffL);
    }

    /**
     * The matching offers as sort keys (ascending = the search's order, the offer's ordinal in the low bits) and,
     * with a place, each offer's distance by ordinal (NaN when it has no public place in the radius).
     */
    static final class Matches {

        private final long[] keys;
        private final int count;
        private final double @Nullable [] km;

        Matches(long[] keys, int count, double @Nullable [] km) {
            this.keys = keys;
            this.count = count;
            this.km = km;
        }

        int count() {
            return count;
        }

        /** The keys of one page, in order: the smallest {@code offset + size} kept in a heap, not all sorted. */
        long[] page(long offset, int size) {
            if (offset >= count) {
                return new long[0];
            }
            int wanted = (int) Math.min(count, offset + size);
            long[] heap = new long[wanted];
            int filled = 0;
            for (int i = 0; i < count; i++) {
                long key = keys[i];
                if (filled < wanted) {
                    heap[filled] = key;
                    siftUp(heap, filled++);
                } else if (key < heap[0]) {
                    heap[0] = key;
                    siftDown(heap, wanted);
                }
            }
            Arrays.sort(heap);
            return Arrays.copyOfRange(heap, (int) offset, wanted);
        }

        private static void siftUp(long[] heap, int at) {
            while (at > 0) {
                int parent = (at - 1) / 2;
                if (heap[parent] >= heap[at]) {
                    return;
                }
                swap(heap, parent, at);
                at = parent;
            }
        }

        private static void siftDown(long[] heap, int size) {
            int at = 0;
            while (true) {
                int left = 2 * at + 1;
                int largest = at;
                if (left < size && heap[left] > heap[largest]) {
                    largest = left;
                }
                if (left + 1 < size && heap[left + 1] > heap[largest]) {
                    largest = left + 1;
                }
                if (largest == at) {
                    return;
                }
                swap(heap, at, largest);
                at = largest;
            }
        }

        private static void swap(long[] heap, int a, int b) {
            long kept = heap[a];
            heap[a] = heap[b];
            heap[b] = kept;
        }
    }

    /** The criteria besides text, place and network (inactive offers are not in the index). */
    private static final class Filter {

        private final @Nullable UUID network;
        private final @Nullable Integer age;
        private final boolean pregnant;
        private final long themes;
        private final @Nullable String language;
        private final long languageBit;
        private final boolean freeOnly;
        private final int days;

        Filter(SearchCriteria criteria, long languageBit) {
            this.languageBit = languageBit;
            network = criteria.networkId();
            age = criteria.ageMonths();
            pregnant = criteria.pregnant();
            themes = criteria.themes().stream()
                    .mapToLong(theme -> 1L << theme.ordinal())
                    .reduce(0, (a, b) -> a | b);
            language = criteria.language();
            freeOnly = criteria.freeOnly();
            days = SearchFilter.mask(List.copyOf(criteria.days()));
        }
    }
}
