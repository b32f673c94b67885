package be.nestwerk.offer;

import be.nestwerk.network.EssentialFunction;
import be.nestwerk.offer.OfferContent.AgeRange;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferContent.SessionSeries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The rules every version of an offer obeys, whoever writes it (the editor, a CSV or an HSDS import). */
final class OfferContentRules {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 8_000;
    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}");
    private static final Set<String> ESSENTIAL_FUNCTIONS =
            Stream.of(EssentialFunction.values()).map(Enum::name).collect(Collectors.toSet());

    private OfferContentRules() {}

    static List<ContentProblem> check(OfferContent content, Set<String> knownTaxonomyTerms) {
        List<ContentProblem> problems = new ArrayList<>();
        checkTexts(content, problems);
        checkAges(content.ages(), problems);
        if (content.languages().isEmpty()) {
            problems.add(ContentProblem.of("languages", "offer.problem.languages.required"));
        }
        content.languages().stream()
                .filter(code -> !ContentLanguage.isKnown(code))
                .forEach(code -> problems.add(ContentProblem.of("languages", "offer.problem.language.unknown", code)));
        content.essentialFunctions().stream()
                .filter(code -> !ESSENTIAL_FUNCTIONS.contains(code))
                .forEach(code ->
                        problems.add(ContentProblem.of("essentialFunctions", "offer.problem.code.unknown", code)));
        content.taxonomyTerms().stream()
                .filter(code -> !knownTaxonomyTerms.contains(code))
                .forEach(code -> problems.add(ContentProblem.of("taxonomyTerms", "offer.problem.code.unknown", code)));
        checkCosts(content.costs(), problems);
        Set<UUID> places = checkPlaces(content, problems);
        checkOpeningHours(content.openingHours(), places, problems);
        for (int i = 0; i < content.closures().size(); i++) {
            var closure = content.closures().get(i);
            if (closure.to().isBefore(closure.from())) {
                problems.add(ContentProblem.of("closures[" + i + "]", "offer.problem.closure.order"));
            }
        }
        checkSessions(content, places, problems);
        return problems;
    }

    private static void checkTexts(OfferContent content, List<ContentProblem> problems) {
        var dutch = content.texts().get(ContentLanguage.DUTCH);
        if (dutch == null || dutch.name().isBlank()) {
            problems.add(ContentProblem.of("texts[nl].name", "offer.problem.name.required"));
        }
        content.texts().forEach((language, text) -> {
            String field = "texts[" + language + "]";
            if (!ContentLanguage.isKnown(language)) {
                problems.add(ContentProblem.of(field, "offer.problem.language.unknown", language));
            }
            if (text.name().length() > MAX_NAME) {
                problems.add(ContentProblem.of(field + ".name", "offer.problem.text.tooLong", MAX_NAME));
            }
            Stream.of(
                            text.summary(),
                            text.description(),
                            text.howToAccess(),
                            text.whatToBring(),
                            text.costNote(),
                            text.gettingThere())
                    .filter(value -> value != null && value.length() > MAX_TEXT)
                    .findAny()
                    .ifPresent(value -> problems.add(ContentProblem.of(field, "offer.problem.text.tooLong", MAX_TEXT)));
        });
    }

    private static void checkAges(AgeRange ages, List<ContentProblem> problems) {
        if (ages.fromMonths() < AgeRange.PREGNANCY
                || ages.toMonths() > AgeRange.TWENTY_FOUR_YEARS
                || ages.fromMonths() > ages.toMonths()) {
            problems.add(
                    ContentProblem.of("ages", "offer.problem.ages", AgeRange.PREGNANCY, AgeRange.TWENTY_FOUR_YEARS));
        }
    }

    private static void checkCosts(List<Cost> costs, List<ContentProblem> problems) {
        for (int i = 0; i < costs.size(); i++) {
            Cost cost = costs.get(i);
            String field = "costs[" + i + "]";
            if (negative(cost.amount()) || negative(cost.maximumAmount())) {
                problems.add(ContentProblem.of(field, "offer.problem.cost.negative"));
            } else if ((cost.kind() == CostKind.FIXED_PRICE || cost.kind() == CostKind.UITPAS_REDUCED)
                    && cost.amount() == null) {
                problems.add(ContentProblem.of(field, "offer.problem.cost.amountRequired"));
            } else if (cost.amount() != null
                    && cost.maximumAmount() != null
                    && cost.maximumAmount().compareTo(cost.amount()) < 0) {
                problems.add(ContentProblem.of(field, "offer.problem.cost.order"));
            }
        }
    }

    private static Set<UUID> checkPlaces(OfferContent content, List<ContentProblem> problems) {
        Set<UUID> ids = new HashSet<>();
        if (content.places().isEmpty() && !content.online() && !content.byPhone()) {
            problems.add(ContentProblem.of("places", "offer.problem.places.required"));
        }
        for (int i = 0; i < content.places().size(); i++) {
            Place place = content.places().get(i);
            String field = "places[" + i + "]";
            if (!ids.add(place.id())) {
                problems.add(ContentProblem.of(field, "offer.problem.id.duplicate"));
            }
            if (!POSTCODE.matcher(place.postcode()).matches()) {
                problems.add(ContentProblem.of(field + ".postcode", "offer.problem.postcode", place.postcode()));
            }
            if ((place.latitude() == null) != (place.longitude() == null)
                    || (place.latitude() != null && !inBelgium(place.latitude(), place.longitude()))) {
                problems.add(ContentProblem.of(field + ".latitude", "offer.problem.coordinates"));
            }
        }
        return ids;
    }

    private static void checkOpeningHours(List<OpeningHours> hours, Set<UUID> places, List<ContentProblem> problems) {
        for (int i = 0; i < hours.size(); i++) {
            OpeningHours slot = hours.get(i);
            String field = "openingHours[" + i + "]";
            if (!slot.opens().isBefore(slot.closes())) {
                problems.add(ContentProblem.of(field, "offer.problem.time.order"));
            }
            if (slot.placeId() != null && !places.contains(slot.placeId())) {
                problems.add(ContentProblem.of(field, "offer.problem.place.unknown"));
            }
        }
    }

    private static void checkSessions(OfferContent content, Set<UUID> places, List<ContentProblem> problems) {
        if (content.kind() == OfferKind.ACTIVITY && content.sessions().isEmpty()) {
            problems.add(ContentProblem.of("sessions", "offer.problem.sessions.required"));
        }
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < content.sessions().size(); i++) {
            SessionSeries session = content.sessions().get(i);
            String field = "sessions[" + i + "]";
            if (!ids.add(session.id())) {
                problems.add(ContentProblem.of(field, "offer.problem.id.duplicate"));
            }
            if (!session.starts().isBefore(session.ends())) {
                problems.add(ContentProblem.of(field, "offer.problem.time.order"));
            }
            if (session.placeId() != null && !places.contains(session.placeId())) {
                problems.add(ContentProblem.of(field, "offer.problem.place.unknown"));
            }
            if (session.recurrence() != null && !SessionOccurrences.isValidRecurrence(session.recurrence())) {
                problems.add(ContentProblem.of(field + ".recurrence", "offer.problem.recurrence"));
            }
            if (negative(session.capacity()) || negative(session.placesLeft())) {
                problems.add(ContentProblem.of(field, "offer.problem.places.negative"));
            } else if (session.capacity() != null
                    && session.placesLeft() != null
                    && session.placesLeft() > session.capacity()) {
                problems.add(ContentProblem.of(field, "offer.problem.places.overCapacity"));
            }
        }
    }

    static boolean inBelgium(@Nullable Double latitude, @Nullable Double longitude) {
        return latitude != null
                && longitude != null
                && latitude >= 49.4
                && latitude <= 51.6
                && longitude >= 2.4
                && longitude <= 6.5;
    }

    private static boolean negative(@Nullable Number value) {
        return value != null && new BigDecimal(value.toString()).signum() < 0;
    }
}
