package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.offer.OfferContent.AgeRange;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferContent.SessionSeries;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfferContentRulesTests {

    private static final Set<String> TERMS = Set.of("1280");

    @Test
    void aCompleteServicePasses() {
        assertThat(problems(OfferFixtures.service("Spreekuur"))).isEmpty();
    }

    @Test
    void requiresADutchName() {
        OfferContent english = change(OfferFixtures.service("x"), Map.of("en", OfferFixtures.text("Drop-in")));
        assertThat(keys(english)).contains("offer.problem.name.required");
    }

    @Test
    void refusesUnknownLanguagesAndTooLongNames() {
        OfferContent content = change(
                OfferFixtures.service("x"),
                Map.of("nl", OfferFixtures.text("a".repeat(201)), "xx", OfferFixtures.text("Iets")));
        assertThat(keys(content)).contains("offer.problem.text.tooLong", "offer.problem.language.unknown");
    }

    @Test
    void agesRunFromPregnancyToTwentyFourYearsInOrder() {
        assertThat(keys(ages(OfferFixtures.service("x"), -10, 12))).contains("offer.problem.ages");
        assertThat(keys(ages(OfferFixtures.service("x"), 0, 289))).contains("offer.problem.ages");
        assertThat(keys(ages(OfferFixtures.service("x"), 36, 12))).contains("offer.problem.ages");
        assertThat(problems(ages(OfferFixtures.service("x"), -9, 288))).isEmpty();
    }

    @Test
    void aFixedPriceNeedsAnAmountAndAmountsAreNotNegative() {
        OfferContent base = OfferFixtures.service("x");
        assertThat(keys(costs(base, new Cost(CostKind.FIXED_PRICE, null, null))))
                .contains("offer.problem.cost.amountRequired");
        assertThat(keys(costs(base, new Cost(CostKind.FIXED_PRICE, new BigDecimal("-1"), null))))
                .contains("offer.problem.cost.negative");
        assertThat(keys(costs(base, new Cost(CostKind.INCOME_RELATED, new BigDecimal("9"), new BigDecimal("3")))))
                .contains("offer.problem.cost.order");
    }

    @Test
    void anOfferNeedsAPlaceUnlessItIsOnlineOrByPhone() {
        OfferContent nowhere = places(OfferFixtures.service("x"), List.of());
        assertThat(keys(nowhere)).contains("offer.problem.places.required");
    }

    @Test
    void checksPostcodesAndCoordinates() {
        Place abroad =
                new Place(UUID.randomUUID(), "Londen", null, "SW1A", null, null, null, 51.5, -0.12, false, false);
        assertThat(problems(places(OfferFixtures.service("x"), List.of(abroad))))
                .extracting(ContentProblem::field)
                .contains("places[0].postcode", "places[0].latitude");
    }

    @Test
    void anActivityNeedsSessionsWithValidTimesRulesAndPlaces() {
        OfferContent activity = OfferFixtures.activity("Babymassage", LocalDate.of(2026, 12, 7));
        assertThat(problems(activity)).isEmpty();
        SessionSeries backwards = new SessionSeries(
                UUID.randomUUID(),
                UUID.randomUUID(),
                LocalDate.of(2026, 12, 7),
                LocalTime.of(11, 0),
                LocalTime.of(10, 0),
                "NOT A RULE",
                5,
                6,
                null,
                null);
        assertThat(keys(sessions(activity, List.of(backwards))))
                .contains(
                        "offer.problem.time.order",
                        "offer.problem.place.unknown",
                        "offer.problem.recurrence",
                        "offer.problem.places.overCapacity");
        assertThat(keys(sessions(activity, List.of()))).contains("offer.problem.sessions.required");
    }

    @Test
    void openingHoursCloseAfterTheyOpen() {
        OfferContent content = hours(
                OfferFixtures.service("x"),
                List.of(new OpeningHours(null, DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(9, 0))));
        assertThat(keys(content)).contains("offer.problem.time.order");
    }

    @Test
    void taxonomyTermsAndEssentialFunctionsMustExist() {
        OfferContent base = OfferFixtures.service("x");
        OfferContent content = base.toBuilder()
                .essentialFunctions(Set.of("NO_SUCH_FUNCTION"))
                .taxonomyTerms(Set.of("1280", "99999"))
                .build();
        assertThat(problems(content))
                .filteredOn(p -> p.messageKey().equals("offer.problem.code.unknown"))
                .extracting(p -> p.arguments().get(0))
                .containsExactlyInAnyOrder("NO_SUCH_FUNCTION", "99999");
    }

    private static List<ContentProblem> problems(OfferContent content) {
        return OfferContentRules.check(content, TERMS);
    }

    private static List<String> keys(OfferContent content) {
        return problems(content).stream().map(ContentProblem::messageKey).toList();
    }

    private static OfferContent change(OfferContent c, Map<String, OfferText> texts) {
        return rebuild(c, texts, c.ages(), c.costs(), c.places(), c.openingHours(), c.sessions());
    }

    private static OfferContent ages(OfferContent c, int from, int to) {
        return rebuild(c, c.texts(), new AgeRange(from, to), c.costs(), c.places(), c.openingHours(), c.sessions());
    }

    private static OfferContent costs(OfferContent c, Cost cost) {
        return rebuild(c, c.texts(), c.ages(), List.of(cost), c.places(), c.openingHours(), c.sessions());
    }

    private static OfferContent places(OfferContent c, List<Place> places) {
        return rebuild(c, c.texts(), c.ages(), c.costs(), places, List.of(), c.sessions());
    }

    private static OfferContent hours(OfferContent c, List<OpeningHours> hours) {
        return rebuild(c, c.texts(), c.ages(), c.costs(), c.places(), hours, c.sessions());
    }

    private static OfferContent sessions(OfferContent c, List<SessionSeries> sessions) {
        return rebuild(c, c.texts(), c.ages(), c.costs(), c.places(), c.openingHours(), sessions);
    }

    private static OfferContent rebuild(
            OfferContent c,
            Map<String, OfferText> texts,
            AgeRange ages,
            List<Cost> costs,
            List<Place> places,
            List<OpeningHours> hours,
            List<SessionSeries> sessions) {
        return c.toBuilder()
                .texts(texts)
                .ages(ages)
                .costs(costs)
                .places(places)
                .openingHours(hours)
                .sessions(sessions)
                .build();
    }
}
