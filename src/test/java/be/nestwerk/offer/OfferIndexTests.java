package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.offer.SearchCriteria.Near;
import be.nestwerk.offer.TextQuery.Term;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class OfferIndexTests {

    static final UUID MECHELEN = UUID.randomUUID();
    static final UUID ANTWERPEN = UUID.randomUUID();
    static final double LAT = 51.03;
    static final double LON = 4.48;
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void requiresEveryWordAsAPrefixOfALexemeAndAcceptsTheCorrection() {
        IndexedOffer opvang = offer("Kinderopvang De Regenboog")
                .words("kinderopvang:A", "regenboog:A")
                .build();
        IndexedOffer zwanger = offer("Zwangerschapsyoga")
                .words("zwangerschapsyoga:A", "yoga:B")
                .build();
        OfferIndex index = new OfferIndex(List.of(opvang, zwanger));

        assertThat(words(index, Term.of("kinderop"))).containsExactly(opvang.id());
        assertThat(words(index, Term.of("kinderop"), Term.of("regen"))).containsExactly(opvang.id());
        assertThat(words(index, Term.of("kinderop"), Term.of("yoga"))).isEmpty();
        assertThat(words(index, new Term("kinderopvnag", "kinderopvang", List.of("kinderopvnag", "kinderopvang"))))
                .containsExactly(opvang.id());
        assertThat(words(index, Term.of("opvang")))
                .as("a prefix of a lexeme, not any part of it")
                .isEmpty();
    }

    @Test
    void ranksAWordInTheNameBeforeTheSummaryAndTheDescriptionThenOrdersByName() {
        IndexedOffer inDescription =
                offer("Aaa ontmoeting").words("ontmoet:A", "spel:C").build();
        IndexedOffer inName = offer("Zzz spelotheek").words("spelotheek:A").build();
        IndexedOffer inSummary =
                offer("Mmm babbelhoek").words("babbelhoek:A", "spel:B").build();
        IndexedOffer alsoInSummary =
                offer("éénoudergezinnen").words("eenouder:A", "spel:B").build();
        OfferIndex index = new OfferIndex(List.of(inDescription, inName, inSummary, alsoInSummary));

        assertThat(words(index, Term.of("spel")))
                .containsExactly(inName.id(), alsoInSummary.id(), inSummary.id(), inDescription.id());
        assertThat(ids(index, SearchCriteria.everything()))
                .as("by name, accents and case aside")
                .containsExactly(inDescription.id(), alsoInSummary.id(), inSummary.id(), inName.id());
    }

    @Test
    void filtersOnAgePregnancyThemesLanguageCostAndDays() {
        IndexedOffer toddlers = offer("Peuterturnen")
                .ages(18, 48)
                .themes(LifeDomain.CULTURE_SPORT_LEISURE)
                .languages("nl", "fr")
                .free()
                .days(DayOfWeek.WEDNESDAY)
                .build();
        IndexedOffer pregnancy = offer("Prenatale consultatie")
                .ages(-9, 0)
                .themes(LifeDomain.HEALTHCARE)
                .build();
        OfferIndex index = new OfferIndex(List.of(toddlers, pregnancy));
        SearchCriteria all = SearchCriteria.everything();

        assertThat(ids(index, withAge(all, 24))).containsExactly(toddlers.id());
        assertThat(ids(index, withAge(all, 0))).containsExactly(pregnancy.id());
        assertThat(ids(index, new SearchCriteria(null, null, true, Set.of(), null, false, null, Set.of(), null)))
                .containsExactly(pregnancy.id());
        assertThat(ids(
                        index,
                        new SearchCriteria(
                                null,
                                null,
                                false,
                                Set.of(LifeDomain.HEALTHCARE, LifeDomain.CHILDCARE),
                                null,
                                false,
                                null,
                                Set.of(),
                                null)))
                .containsExactly(pregnancy.id());
        assertThat(ids(index, new SearchCriteria(null, null, false, Set.of(), "fr", false, null, Set.of(), null)))
                .containsExactly(toddlers.id());
        assertThat(ids(index, new SearchCriteria(null, null, false, Set.of(), null, true, null, Set.of(), null)))
                .containsExactly(toddlers.id());
        assertThat(ids(
                        index,
                        new SearchCriteria(
                                null,
                                null,
                                false,
                                Set.of(),
                                null,
                                false,
                                null,
                                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                                null)))
                .containsExactly(toddlers.id());
        assertThat(ids(index, all.inNetwork(ANTWERPEN))).isEmpty();
    }

    @Test
    void aPlaceSearchListsLocatedOffersByDistanceThenTheRemoteOnesOfTheServingNetworks() {
        IndexedOffer far = offer("Aaa ver").at(LAT + 0.08, LON).build();
        IndexedOffer near =
                offer("Zzz dichtbij").at(LAT + 0.01, LON).at(LAT + 0.5, LON).build();
        IndexedOffer outside = offer("Bbb buiten").at(LAT + 0.2, LON).build();
        IndexedOffer line = offer("Ccc opvoedingslijn").build();
        IndexedOffer elsewhereLine = offer("Ddd lijn elders").network(ANTWERPEN).build();
        OfferIndex index = new OfferIndex(List.of(far, near, outside, line, elsewhereLine));
        SearchCriteria around = SearchCriteria.everything().near(new Near("2800 Mechelen", LAT, LON, 10));

        OfferIndex.Matches matches = index.find(around, List.of(), List.of(MECHELEN), SearchOrder.RELEVANCE);
        List<SearchResult> results = index.results(matches, options(0, 20), around.near(), NOW);

        assertThat(results).extracting(SearchResult::id).containsExactly(near.id(), far.id(), line.id());
        assertThat(results.get(0).distanceKm()).isBetween(1.0, 1.3);
        assertThat(results.get(0).place().latitude())
                .as("the nearest of its places")
                .isEqualTo(LAT + 0.01);
        assertThat(results.get(1).distanceKm()).isBetween(8.7, 9.1);
        assertThat(results.get(2).distanceKm()).isNull();
        assertThat(results.get(2).remote()).isTrue();
        assertThat(ids(index, around)).as("no serving network, no remote offer").containsExactly(near.id(), far.id());
        assertThat(ids(index, around.inNetwork(MECHELEN)))
                .as("a network's own remote offers, whatever the place")
                .containsExactly(near.id(), far.id(), line.id());
    }

    @Test
    void withWordsAndAPlaceEveryWordInTheNameComesBeforeTheDistance() {
        IndexedOffer nearInDescription =
                offer("Aaa huis").words("huis:A", "sport:C").at(LAT + 0.01, LON).build();
        IndexedOffer farInName =
                offer("Bbb sportclub").words("sportclub:A").at(LAT + 0.05, LON).build();
        OfferIndex index = new OfferIndex(List.of(nearInDescription, farInName));
        SearchCriteria around = SearchCriteria.everything().withText("sport").near(new Near("Mechelen", LAT, LON, 10));

        assertThat(ids(index.find(around, List.of(Term.of("sport")), List.of(), SearchOrder.RELEVANCE), index, around))
                .containsExactly(farInName.id(), nearInDescription.id());
        assertThat(ids(index.find(around, List.of(Term.of("sport")), List.of(), SearchOrder.DISTANCE), index, around))
                .containsExactly(nearInDescription.id(), farInName.id());
    }

    @Test
    void aCardIsInTheAskedLanguageOrVisiblyInDutchAndShowsTheNextSession() {
        IndexedOffer offer = offer("Taalcafé")
                .text("nl", "Taalcafé", "Oefen Nederlands")
                .text("fr", "Café des langues", "Pratiquez le néerlandais")
                .sessions(NOW.minusSeconds(3600), NOW.plusSeconds(86_400), NOW.plusSeconds(2 * 86_400))
                .build();
        OfferIndex index = new OfferIndex(List.of(offer));
        SearchCriteria all = SearchCriteria.everything();

        SearchResult french = card(index, all, "fr");
        assertThat(french.name()).isEqualTo("Café des langues");
        assertThat(french.inDutchInstead()).isFalse();
        assertThat(french.nextSession()).isEqualTo(NOW.plusSeconds(86_400));
        SearchResult arabic = card(index, all, "ar");
        assertThat(arabic.name()).isEqualTo("Taalcafé");
        assertThat(arabic.summary()).isEqualTo("Oefen Nederlands");
        assertThat(arabic.textLanguage()).isEqualTo("nl");
        assertThat(arabic.inDutchInstead()).isTrue();
    }

    @Test
    void aNewStateReplacesChangedOffersAndDropsThoseThatLeft() {
        IndexedOffer kept = offer("Blijft").build();
        IndexedOffer changed = offer("Oud").build();
        IndexedOffer gone = offer("Weg").build();
        OfferIndex before = new OfferIndex(List.of(kept, changed, gone));
        IndexedOffer renamed = new Builder("Nieuw", changed.id()).build();

        OfferIndex after = before.with(Set.of(changed.id(), gone.id()), Map.of(changed.id(), renamed));

        assertThat(after.size()).isEqualTo(2);
        assertThat(index(after, SearchCriteria.everything()).stream().map(SearchResult::name))
                .containsExactly("Blijft", "Nieuw");
        assertThat(before.size()).as("searches under way keep their state").isEqualTo(3);
    }

    @Test
    void aPageHoldsTheSameKeysAsSortingThemAll() {
        Random random = new Random(7);
        for (int run = 0; run < 200; run++) {
            int count = random.nextInt(300);
            long[] keys = random.longs(count, 0, 1_000).toArray();
            long offset = random.nextInt(320);
            int size = 1 + random.nextInt(50);
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            long[] expected = offset >= count
                    ? new long[0]
                    : Arrays.copyOfRange(sorted, (int) offset, (int) Math.min(count, offset + size));

            assertThat(new OfferIndex.Matches(keys, count, null).page(offset, size))
                    .containsExactly(expected);
        }
    }

    private static List<UUID> words(OfferIndex index, Term... terms) {
        SearchCriteria criteria = SearchCriteria.everything().withText("typed");
        OfferIndex.Matches matches = index.find(criteria, List.of(terms), List.of(), SearchOrder.RELEVANCE);
        return ids(matches, index, criteria);
    }

    private static SearchCriteria withAge(SearchCriteria criteria, int months) {
        return new SearchCriteria(null, months, false, Set.of(), null, false, null, Set.of(), criteria.networkId());
    }

    private static SearchOptions options(int page, int size) {
        return new SearchOptions("nl", SearchOrder.RELEVANCE, page, size);
    }

    private static List<UUID> ids(OfferIndex index, SearchCriteria criteria) {
        return index(index, criteria).stream().map(SearchResult::id).toList();
    }

    private static List<SearchResult> index(OfferIndex index, SearchCriteria criteria) {
        OfferIndex.Matches matches = index.find(criteria, List.of(), List.of(), SearchOrder.RELEVANCE);
        return index.results(matches, options(0, 50), criteria.near(), NOW);
    }

    private static List<UUID> ids(OfferIndex.Matches matches, OfferIndex index, SearchCriteria criteria) {
        return index.results(matches, options(0, 50), criteria.near(), NOW).stream()
                .map(SearchResult::id)
                .toList();
    }

    private static SearchResult card(OfferIndex index, SearchCriteria criteria, String language) {
        OfferIndex.Matches matches = index.find(criteria, List.of(), List.of(), SearchOrder.RELEVANCE);
        return index.results(matches, new SearchOptions(language, SearchOrder.RELEVANCE, 0, 20), null, NOW)
                .get(0);
    }

    static Builder offer(String name) {
        return new Builder(name, UUID.randomUUID());
    }

    static final class Builder {

        private final String name;
        private final UUID id;
        private UUID network = MECHELEN;
        private int ageFrom = -9;
        private int ageTo = 288;
        private long themes;
        private List<String> languages = List.of("nl");
        private boolean free;
        private int days;
        private final Map<String, IndexedOffer.CardText> texts = new java.util.LinkedHashMap<>();
        private final List<IndexedOffer.Place> places = new ArrayList<>();
        private long[] sessions = new long[0];
        private final List<String> lexemes = new ArrayList<>();
        private final List<Byte> weights = new ArrayList<>();

        Builder(String name, UUID id) {
            this.name = name;
            this.id = id;
        }

        Builder network(UUID value) {
            network = value;
            return this;
        }

        Builder ages(int from, int to) {
            ageFrom = from;
            ageTo = to;
            return this;
        }

        Builder themes(LifeDomain... domains) {
            for (LifeDomain domain : domains) {
                themes |= 1L << domain.ordinal();
            }
            return this;
        }

        Builder languages(String... codes) {
            languages = List.of(codes);
            return this;
        }

        Builder free() {
            free = true;
            return this;
        }

        Builder days(DayOfWeek... weekdays) {
            days = SearchFilter.mask(List.of(weekdays));
            return this;
        }

        Builder text(String language, String textName, @Nullable String summary) {
            texts.put(language, new IndexedOffer.CardText(textName, summary));
            return this;
        }

        Builder at(double latitude, double longitude) {
            places.add(new IndexedOffer.Place("Plek " + places.size(), "2800", "Mechelen", latitude, longitude));
            return this;
        }

        Builder sessions(Instant... starts) {
            sessions = Arrays.stream(starts)
                    .mapToLong(Instant::toEpochMilli)
                    .sorted()
                    .toArray();
            return this;
        }

        /** "lexeme:W" with W the best weight, A to D. */
        Builder words(String... weighted) {
            for (String word : weighted) {
                String[] parts = word.split(":");
                lexemes.add(parts[0]);
                weights.add((byte) ('D' - parts[1].charAt(0)));
            }
            return this;
        }

        IndexedOffer build() {
            byte[] best = new byte[weights.size()];
            for (int i = 0; i < best.length; i++) {
                best[i] = weights.get(i);
            }
            return new IndexedOffer(
                    id,
                    network,
                    OfferKind.SERVICE,
                    name,
                    ageFrom,
                    ageTo,
                    themes,
                    languages,
                    free,
                    days,
                    "Organisatie",
                    places.isEmpty(),
                    false,
                    List.of(CostKind.FREE),
                    Map.copyOf(texts),
                    List.copyOf(places),
                    sessions,
                    lexemes.toArray(String[]::new),
                    best);
        }
    }
}
