package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.AgeRange;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferContent.SessionSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Activities for the calendar's tests: one-off and recurring sessions at public and confidential places. */
final class CalendarFixtures {

    private static final Random RANDOM = new Random();

    private CalendarFixtures() {}

    /** A word of letters only that no other offer contains, so that a text filter finds just this test's offers. */
    static String uniqueWord() {
        return "kal"
                + RANDOM.ints(8, 'a', 'z' + 1)
                        .mapToObj(c -> String.valueOf((char) c))
                        .collect(Collectors.joining());
    }

    static Place publicPlace(String name) {
        return new Place(
                UUID.randomUUID(), name, "Grote Markt 1", "2800", "Mechelen", null, null, null, null, true, false);
    }

    static Place confidentialPlace() {
        return new Place(
                UUID.randomUUID(),
                "Vluchthuis",
                "Geheimstraat 13",
                "2800",
                "Mechelen",
                null,
                null,
                null,
                null,
                false,
                true);
    }

    static SessionSeries once(Place place, LocalDate date, String starts, String ends) {
        return new SessionSeries(
                UUID.randomUUID(),
                place.id(),
                date,
                LocalTime.parse(starts),
                LocalTime.parse(ends),
                null,
                10,
                4,
                "https://inschrijven.example.org/kalender",
                null);
    }

    static SessionSeries weekly(Place place, LocalDate first, String rule, Integer capacity, Integer placesLeft) {
        return new SessionSeries(
                UUID.randomUUID(),
                place.id(),
                first,
                LocalTime.of(10, 0),
                LocalTime.of(11, 30),
                rule,
                capacity,
                placesLeft,
                null,
                "015 12 34 56");
    }

    /** An activity with these places and sessions; everything else as {@link OfferFixtures#activity}. */
    static Activity activity(String dutchName, List<Place> places, List<SessionSeries> sessions) {
        return new Activity(OfferFixtures.activity(dutchName, LocalDate.now()))
                .places(places)
                .sessions(sessions);
    }

    /** A copy of an offer's content with some parts changed. */
    static final class Activity {

        private OfferContent c;

        Activity(OfferContent content) {
            this.c = content;
        }

        OfferContent content() {
            return c;
        }

        Activity text(String language, String name, String summary) {
            Map<String, OfferText> texts = new HashMap<>(c.texts());
            texts.put(language, new OfferText(name, summary, null, null, null, null, null));
            return texts(texts);
        }

        Activity ages(int from, int to) {
            c = copy(c.texts(), c.lifeDomains(), new AgeRange(from, to), c.languages(), c.costs(), c.status());
            return this;
        }

        Activity themes(LifeDomain... domains) {
            c = copy(c.texts(), Set.of(domains), c.ages(), c.languages(), c.costs(), c.status());
            return this;
        }

        Activity offeredIn(String... languages) {
            c = copy(c.texts(), c.lifeDomains(), c.ages(), Set.of(languages), c.costs(), c.status());
            return this;
        }

        Activity price(String euro) {
            c = copy(
                    c.texts(),
                    c.lifeDomains(),
                    c.ages(),
                    c.languages(),
                    List.of(new Cost(CostKind.FIXED_PRICE, new BigDecimal(euro), null)),
                    c.status());
            return this;
        }

        Activity status(OfferStatus status) {
            c = copy(c.texts(), c.lifeDomains(), c.ages(), c.languages(), c.costs(), status);
            return this;
        }

        Activity places(List<Place> places) {
            c = c.toBuilder().places(places).openingHours(List.of()).build();
            return this;
        }

        Activity sessions(List<SessionSeries> sessions) {
            c = c.toBuilder().sessions(sessions).build();
            return this;
        }

        private Activity texts(Map<String, OfferText> texts) {
            c = copy(texts, c.lifeDomains(), c.ages(), c.languages(), c.costs(), c.status());
            return this;
        }

        private OfferContent copy(
                Map<String, OfferText> texts,
                Set<LifeDomain> domains,
                AgeRange ages,
                Set<String> languages,
                List<Cost> costs,
                OfferStatus status) {
            return new OfferContent(
                    c.kind(),
                    status,
                    texts,
                    c.pillars(),
                    c.supportFunctions(),
                    c.essentialFunctions(),
                    domains,
                    c.taxonomyTerms(),
                    ages,
                    c.audiences(),
                    c.universal(),
                    languages,
                    c.interpreterAvailable(),
                    costs,
                    c.accessModes(),
                    c.contact(),
                    c.online(),
                    c.byPhone(),
                    c.places(),
                    c.openingHours(),
                    c.closures(),
                    c.sessions());
        }
    }
}
