package be.nestwerk.offer;

import be.nestwerk.network.ActorType;
import be.nestwerk.offer.SessionOccurrences.Occurrence;
import be.nestwerk.offer.SyntheticTerritory.Municipality;
import be.nestwerk.offer.SyntheticTerritory.Network;
import be.nestwerk.offer.SyntheticTerritory.Postcode;
import be.nestwerk.offer.SyntheticTheme.OrganisationName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic Flanders-scale catalogue, in memory: partner organisations spread over the networks by population,
 * and their published offers with places, opening hours and dated sessions. Deterministic for a seed and a date;
 * every offer obeys {@link OfferContentRules}.
 */
final class SyntheticCatalogue {

    record Sizes(int organisations, int offers, int locations, int sessions) {}

    record Organisation(
            UUID id,
            Network network,
            Municipality municipality,
            Postcode postcode,
            String street,
            String name,
            ActorType actorType,
            SyntheticTheme theme,
            String domain) {}

    record Offer(
            UUID id,
            UUID versionId,
            Organisation organisation,
            OfferContent content,
            List<Occurrence> occurrences,
            Instant createdAt,
            Instant modifiedAt,
            LocalDate lastReviewedOn) {}

    /** An offer before its content is written: whose, which theme, which kind. */
    record Plan(int number, Organisation organisation, SyntheticTheme theme, OfferKind kind) {}

    private static final int MIN_ORGANISATIONS_PER_NETWORK = 8;
    private static final int MAX_PLACES_PER_OFFER = 6;

    final List<Network> networks;
    final List<Organisation> organisations;
    final List<Offer> offers;

    private SyntheticCatalogue(List<Network> networks, List<Organisation> organisations, List<Offer> offers) {
        this.networks = networks;
        this.organisations = organisations;
        this.offers = offers;
    }

    static SyntheticCatalogue generate(
            SyntheticTerritory territory, Sizes sizes, long seed, LocalDate today, Set<String> taxonomy) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Organisation> organisations = organisations(territory.networks, sizes.organisations(), random);
        List<Plan> plans = plans(organisations, sizes.offers(), random);
        int[] places = placeCounts(plans, sizes.locations(), random);
        SyntheticOffer writer = new SyntheticOffer(random, today);
        Instant now = today.atTime(6, 0).atZone(SessionOccurrences.BELGIUM).toInstant();
        int activitiesLeft =
                (int) plans.stream().filter(p -> p.kind() == OfferKind.ACTIVITY).count();
        int sessionsLeft = sizes.sessions();
        List<Offer> offers = new ArrayList<>(plans.size());
        for (Plan plan : plans) {
            int sessionTarget = 0;
            if (plan.kind() == OfferKind.ACTIVITY) {
                double mean = Math.max(1.0, (double) sessionsLeft / Math.max(1, activitiesLeft));
                sessionTarget = Math.max(1, (int) Math.round(mean * (0.3 + 1.4 * random.nextDouble())));
                activitiesLeft--;
            }
            OfferContent content = writer.content(plan, places[plan.number()], sessionTarget);
            List<ContentProblem> problems = OfferContentRules.check(content, taxonomy);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Generated offer " + plan.number() + " is invalid: " + problems);
            }
            List<Occurrence> occurrences = content.sessions().stream()
                    .flatMap(series -> SessionOccurrences.expand(
                            series,
                            today.minusDays(PublishedOfferProjection.DAYS_BACK),
                            today.plusDays(PublishedOfferProjection.DAYS_AHEAD))
                            .stream())
                    .toList();
            sessionsLeft -= occurrences.size();
            Instant modified = now.minusSeconds(random.nextLong(540L * 86_400));
            Instant created = modified.minusSeconds(random.nextLong(700L * 86_400));
            UUID id = Ids.of("offer", seed, plan.number());
            offers.add(new Offer(
                    id,
                    Ids.of("offer-version", seed, plan.number()),
                    plan.organisation(),
                    content,
                    occurrences,
                    created,
                    modified,
                    LocalDate.ofInstant(modified, SessionOccurrences.BELGIUM)));
        }
        return new SyntheticCatalogue(territory.networks, organisations, offers);
    }

    private static List<Organisation> organisations(List<Network> networks, int total, SplittableRandom random) {
        int[] counts = spreadByPopulation(networks, total);
        List<Organisation> organisations = new ArrayList<>(total);
        for (int n = 0; n < networks.size(); n++) {
            Network network = networks.get(n);
            Set<String> taken = new HashSet<>();
            for (int i = 0; i < counts[n]; i++) {
                Municipality municipality =
                        weighted(random, network.municipalities(), m -> Math.max(1000, m.population()));
                SyntheticTheme theme = weighted(random, SyntheticThemes.ALL, t -> t.weight);
                OrganisationName naming = pick(random, theme.organisationNames);
                Postcode postcode = pick(random, municipality.postcodes());
                String name = uniqueName(random, naming.template(), municipality, postcode, taken);
                UUID id = Ids.of("organisation", network.slug(), i);
                organisations.add(new Organisation(
                        id,
                        network,
                        municipality,
                        postcode,
                        pick(random, SyntheticThemes.STREETS) + " " + (1 + random.nextInt(180)),
                        name,
                        naming.type(),
                        theme,
                        SyntheticTerritory.slug(name) + ".example.org"));
            }
        }
        return organisations;
    }

    /** Each network gets a minimum, the rest in proportion to its population (the counts add up exactly). */
    private static int[] spreadByPopulation(List<Network> networks, int total) {
        int minimum = Math.min(MIN_ORGANISATIONS_PER_NETWORK, total / networks.size());
        int rest = total - minimum * networks.size();
        long population = networks.stream().mapToLong(Network::population).sum();
        int[] counts = new int[networks.size()];
        long cumulative = 0;
        int given = 0;
        for (int n = 0; n < networks.size(); n++) {
            cumulative += networks.get(n).population();
            int upTo = (int) Math.round((double) rest * cumulative / population);
            counts[n] = minimum + upTo - given;
            given = upTo;
        }
        return counts;
    }

    private static String uniqueName(
            SplittableRandom random, String template, Municipality municipality, Postcode postcode, Set<String> taken) {
        for (int attempt = 0; attempt < 6; attempt++) {
            String name = fill(template, pick(random, SyntheticThemes.HOUSE_NAMES), municipality.name(), null);
            if (taken.add(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
        String base = fill(template, pick(random, SyntheticThemes.HOUSE_NAMES), municipality.name(), null);
        String name = postcode.locality().equalsIgnoreCase(municipality.name())
                ? base + " " + postcode.code()
                : base + " " + postcode.locality();
        for (int number = 2; !taken.add(name.toLowerCase(Locale.ROOT)); number++) {
            name = base + " " + number;
        }
        return name;
    }

    /** Every organisation has one offer, the rest go to organisations at random; 4 in 5 offers keep its theme. */
    private static List<Plan> plans(List<Organisation> organisations, int total, SplittableRandom random) {
        int[] counts = new int[organisations.size()];
        Arrays.fill(counts, 1);
        for (int i = organisations.size(); i < total; i++) {
            counts[random.nextInt(organisations.size())]++;
        }
        List<SyntheticTheme> others =
                SyntheticThemes.ALL.stream().filter(t -> !t.confidential).toList();
        List<Plan> plans = new ArrayList<>(total);
        for (int o = 0; o < organisations.size(); o++) {
            Organisation organisation = organisations.get(o);
            for (int i = 0; i < counts[o]; i++) {
                SyntheticTheme theme = i == 0 || random.nextDouble() < 0.8
                        ? organisation.theme()
                        : weighted(random, others, t -> t.weight);
                plans.add(new Plan(plans.size(), organisation, theme, kind(theme, random)));
            }
        }
        return plans;
    }

    private static OfferKind kind(SyntheticTheme theme, SplittableRandom random) {
        if (theme.activityNames.isEmpty()) {
            return OfferKind.SERVICE;
        }
        if (theme.serviceNames.isEmpty()) {
            return OfferKind.ACTIVITY;
        }
        return random.nextDouble() < theme.activityShare ? OfferKind.ACTIVITY : OfferKind.SERVICE;
    }

    /** One place for every offer that is not only online; the extra places go to offers at random. */
    private static int[] placeCounts(List<Plan> plans, int total, SplittableRandom random) {
        int[] counts = new int[plans.size()];
        List<Integer> located = new ArrayList<>();
        for (Plan plan : plans) {
            if (!plan.theme().onlineOnly) {
                counts[plan.number()] = 1;
                located.add(plan.number());
            }
        }
        int extra = total - located.size();
        for (int attempts = 0; extra > 0 && attempts < total * 10; attempts++) {
            int number = located.get(random.nextInt(located.size()));
            if (counts[number] < MAX_PLACES_PER_OFFER) {
                counts[number]++;
                extra--;
            }
        }
        return counts;
    }

    static String fill(String template, String house, String municipality, @Nullable String day) {
        String text = template.replace("{naam}", house).replace("{gemeente}", municipality);
        return day == null ? text : text.replace("{dag}", day);
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static <T> T weighted(SplittableRandom random, List<T> values, ToDoubleFunction<T> weight) {
        double total = values.stream().mapToDouble(weight).sum();
        double point = random.nextDouble() * total;
        for (T value : values) {
            point -= weight.applyAsDouble(value);
            if (point < 0) {
                return value;
            }
        }
        return values.get(values.size() - 1);
    }
}
