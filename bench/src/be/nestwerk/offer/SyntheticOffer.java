package be.nestwerk.offer;

import static be.nestwerk.offer.SyntheticCatalogue.fill;
import static be.nestwerk.offer.SyntheticCatalogue.pick;
import static be.nestwerk.offer.SyntheticCatalogue.weighted;

import be.nestwerk.offer.OfferContent.AgeRange;
import be.nestwerk.offer.OfferContent.Closure;
import be.nestwerk.offer.OfferContent.Contact;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.SyntheticCatalogue.Organisation;
import be.nestwerk.offer.SyntheticCatalogue.Plan;
import be.nestwerk.offer.SyntheticTerritory.Municipality;
import be.nestwerk.offer.SyntheticTerritory.Postcode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/** Writes the content of one synthetic offer: Dutch texts (some translated), who it is for, costs, places, hours. */
final class SyntheticOffer {

    /** How often a theme's translation is there, per language; French is more common in and around Brussels. */
    private static final Map<String, Double> TRANSLATED =
            Map.of("en", 0.18, "fr", 0.14, "ar", 0.07, "tr", 0.06, "uk", 0.10);

    private final SplittableRandom random;
    private final LocalDate today;
    private final SyntheticSessions sessions;

    SyntheticOffer(SplittableRandom random, LocalDate today) {
        this.random = random;
        this.today = today;
        this.sessions = new SyntheticSessions(random, today);
    }

    OfferContent content(Plan plan, int placeCount, int sessionTarget) {
        SyntheticTheme theme = plan.theme();
        Organisation organisation = plan.organisation();
        String house = pick(random, SyntheticThemes.HOUSE_NAMES);
        String day = pick(random, SyntheticThemes.WEEKDAYS.subList(0, 6));
        List<String> names = plan.kind() == OfferKind.ACTIVITY ? theme.activityNames : theme.serviceNames;
        String name =
                fill(pick(random, names), house, organisation.municipality().name(), day);
        List<AccessMode> access = random.nextDouble() < 0.7 ? theme.access : theme.access.subList(0, 1);
        List<Cost> costs = costs(theme.cost);
        Map<String, OfferText> texts = texts(plan, name, house, day, access, costs, placeCount > 0);
        UUID offerKey = Ids.of("offer-key", plan.number());
        List<Place> places = places(plan, offerKey, placeCount);
        Contact contact = contact(organisation, access);
        boolean online = theme.onlineOnly || random.nextDouble() < 0.05;
        return new OfferContent(
                plan.kind(),
                status(),
                texts,
                Set.of(theme.pillar),
                Set.copyOf(theme.functions),
                Set.copyOf(theme.essentialFunctions),
                Set.copyOf(theme.domains),
                Set.copyOf(theme.taxonomy),
                ages(theme),
                Set.copyOf(theme.audiences),
                random.nextDouble() < 0.85,
                languages(texts),
                random.nextDouble() < (theme.domains.contains(LifeDomain.HEALTHCARE) ? 0.3 : 0.08),
                costs,
                Set.copyOf(access),
                contact,
                online,
                theme.onlineOnly || theme.confidential || random.nextDouble() < 0.1,
                places,
                plan.kind() == OfferKind.SERVICE ? hours(theme.serviceRhythm) : List.of(),
                closures(),
                plan.kind() == OfferKind.ACTIVITY
                        ? sessions.series(theme.activityRhythm, offerKey, places, contact, access, sessionTarget)
                        : List.of());
    }

    private Map<String, OfferText> texts(
            Plan plan,
            String name,
            String house,
            String day,
            List<AccessMode> access,
            List<Cost> costs,
            boolean located) {
        SyntheticTheme theme = plan.theme();
        String municipality = plan.organisation().municipality().name();
        List<String> sentences = new ArrayList<>(theme.descriptions);
        StringBuilder description = new StringBuilder();
        for (int i = 0; i < 2 + random.nextInt(2) && !sentences.isEmpty(); i++) {
            description.append(i == 0 ? "" : " ").append(sentences.remove(random.nextInt(sentences.size())));
        }
        boolean free = costs.stream().allMatch(cost -> cost.kind() == CostKind.FREE);
        Map<String, OfferText> texts = new LinkedHashMap<>();
        texts.put(
                ContentLanguage.DUTCH,
                new OfferText(
                        name,
                        fill(pick(random, theme.summaries), house, municipality, day),
                        fill(description.toString(), house, municipality, day),
                        pick(random, SyntheticThemes.HOW_TO_ACCESS.get(access.get(0))),
                        theme.whatToBring.isEmpty() || random.nextDouble() < 0.4
                                ? null
                                : pick(random, theme.whatToBring),
                        free || random.nextDouble() < 0.5 ? null : pick(random, SyntheticThemes.COST_NOTES),
                        located && random.nextDouble() < 0.4 ? pick(random, SyntheticThemes.GETTING_THERE) : null));
        boolean brussels = plan.organisation().municipality().nisCode().startsWith("21")
                || plan.organisation().municipality().nisCode().startsWith("23");
        theme.translations.forEach((language, translation) -> {
            double chance = TRANSLATED.getOrDefault(language, 0.05) * (brussels && language.equals("fr") ? 4 : 1);
            if (random.nextDouble() < chance) {
                texts.put(
                        language,
                        new OfferText(
                                translation[0] + " (" + municipality + ")",
                                translation[1],
                                null,
                                null,
                                null,
                                null,
                                null));
            }
        });
        return texts;
    }

    private Set<String> languages(Map<String, OfferText> texts) {
        Set<String> languages = new LinkedHashSet<>();
        languages.add(ContentLanguage.DUTCH);
        texts.keySet().stream().filter(language -> random.nextDouble() < 0.7).forEach(languages::add);
        if (random.nextDouble() < 0.1) {
            languages.add(random.nextBoolean() ? "fr" : "en");
        }
        return languages;
    }

    private OfferStatus status() {
        double draw = random.nextDouble();
        return draw < 0.96 ? OfferStatus.ACTIVE : draw < 0.99 ? OfferStatus.TEMPORARILY_CLOSED : OfferStatus.INACTIVE;
    }

    /** The theme's ages, or (two in five) a part of them of whole years, at least two. */
    private AgeRange ages(SyntheticTheme theme) {
        int firstYear = Math.max(0, theme.fromMonths) / 12;
        int lastYear = theme.toMonths / 12;
        if (lastYear - firstYear >= 4 && random.nextDouble() < 0.4) {
            int from = firstYear + random.nextInt(lastYear - firstYear - 1);
            int to = from + 2 + random.nextInt(lastYear - from - 1);
            return new AgeRange(from == firstYear ? theme.fromMonths : from * 12, Math.min(theme.toMonths, to * 12));
        }
        return new AgeRange(theme.fromMonths, theme.toMonths);
    }

    private List<Cost> costs(SyntheticTheme.CostPlan plan) {
        Cost free = new Cost(CostKind.FREE, null, null);
        return switch (plan) {
            case FREE -> List.of(free);
            case MOSTLY_FREE -> random.nextDouble() < 0.85 ? List.of(free) : fixed(false);
            case INCOME -> List.of(new Cost(CostKind.INCOME_RELATED, euro(2.0, 5.0), euro(25.0, 34.0)));
            case FIXED_WITH_UITPAS -> fixed(random.nextDouble() < 0.8);
            case MIXED -> random.nextDouble() < 0.5 ? List.of(free) : fixed(random.nextBoolean());
        };
    }

    private List<Cost> fixed(boolean uitpas) {
        BigDecimal price = euro(2.0, 15.0);
        if (!uitpas) {
            return List.of(new Cost(CostKind.FIXED_PRICE, price, null));
        }
        BigDecimal reduced = price.multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_UP);
        return List.of(new Cost(CostKind.FIXED_PRICE, price, null), new Cost(CostKind.UITPAS_REDUCED, reduced, null));
    }

    /** An amount in euro, in steps of 50 cent. */
    private BigDecimal euro(double from, double to) {
        double amount = Math.round((from + random.nextDouble() * (to - from)) * 2) / 2.0;
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    private List<Place> places(Plan plan, UUID offerKey, int count) {
        Organisation organisation = plan.organisation();
        List<Place> places = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Municipality municipality = i == 0
                    ? organisation.municipality()
                    : weighted(random, organisation.network().municipalities(), m -> Math.max(1000, m.population()));
            Postcode postcode = i == 0 ? organisation.postcode() : pick(random, municipality.postcodes());
            String house = pick(random, SyntheticThemes.HOUSE_NAMES);
            String name = i == 0 && random.nextDouble() < 0.6
                    ? organisation.name()
                    : fill(pick(random, SyntheticThemes.VENUES), house, postcode.locality(), null);
            String street = i == 0
                    ? organisation.street()
                    : pick(random, SyntheticThemes.STREETS) + " " + (1 + random.nextInt(180));
            places.add(new Place(
                    Ids.of("place", offerKey, i),
                    name,
                    street,
                    postcode.code(),
                    postcode.locality(),
                    municipality.nisCode(),
                    municipality.sectors().isEmpty() ? null : pick(random, municipality.sectors()),
                    jitter(postcode.latitude(), 0.012, 49.5, 51.5),
                    jitter(postcode.longitude(), 0.018, 2.5, 6.4),
                    random.nextDouble() < 0.75,
                    plan.theme().confidential));
        }
        return places;
    }

    /** A point near the postcode's (about a kilometre around), kept inside Belgium. */
    private double jitter(double value, double spread, double min, double max) {
        double shifted = value + (random.nextDouble() - 0.5) * 2 * spread;
        return Math.round(Math.max(min, Math.min(max, shifted)) * 1e6) / 1e6;
    }

    private Contact contact(Organisation organisation, List<AccessMode> access) {
        String website = "https://www." + organisation.domain();
        String phone = String.format(
                "0%d %02d %02d %02d",
                2 + random.nextInt(8), random.nextInt(100), random.nextInt(100), random.nextInt(100));
        return new Contact(
                "info@" + organisation.domain(),
                phone,
                random.nextDouble() < 0.8 ? website : null,
                access.contains(AccessMode.REGISTRATION) ? website + "/inschrijven" : null);
    }

    private List<OpeningHours> hours(SyntheticTheme.Rhythm rhythm) {
        List<OpeningHours> hours = new ArrayList<>();
        switch (rhythm) {
            case WORKDAYS -> {
                LocalTime opens = pick(random, List.of(LocalTime.of(7, 0), LocalTime.of(7, 30), LocalTime.of(8, 30)));
                LocalTime closes =
                        pick(random, List.of(LocalTime.of(17, 0), LocalTime.of(18, 0), LocalTime.of(18, 30)));
                for (DayOfWeek day : List.of(
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY)) {
                    hours.add(new OpeningHours(null, day, opens, closes));
                }
            }
            case AFTER_SCHOOL -> {
                for (DayOfWeek day :
                        List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                    hours.add(new OpeningHours(null, day, LocalTime.of(15, 30), LocalTime.of(18, 30)));
                }
                hours.add(new OpeningHours(null, DayOfWeek.WEDNESDAY, LocalTime.of(12, 0), LocalTime.of(18, 30)));
            }
            case ROUND_THE_CLOCK -> {
                for (DayOfWeek day : DayOfWeek.values()) {
                    hours.add(new OpeningHours(null, day, LocalTime.MIDNIGHT, LocalTime.of(23, 59)));
                }
            }
            default -> {
                List<DayOfWeek> days =
                        new ArrayList<>(List.of(DayOfWeek.values()).subList(0, 6));
                for (int i = 0; i < 1 + random.nextInt(3); i++) {
                    DayOfWeek day = days.remove(random.nextInt(days.size()));
                    int slot = random.nextInt(3);
                    hours.add(new OpeningHours(
                            null,
                            day,
                            slot == 0 ? LocalTime.of(9, 0) : slot == 1 ? LocalTime.of(13, 30) : LocalTime.of(18, 0),
                            slot == 0 ? LocalTime.of(12, 0) : slot == 1 ? LocalTime.of(17, 0) : LocalTime.of(20, 0)));
                }
            }
        }
        return hours;
    }

    private List<Closure> closures() {
        if (random.nextDouble() >= 0.2) {
            return List.of();
        }
        LocalDate summer = LocalDate.of(today.getYear(), 7, 21);
        if (summer.isBefore(today)) {
            summer = summer.plusYears(1);
        }
        LocalDate christmas = LocalDate.of(today.getYear(), 12, 24);
        return random.nextBoolean()
                ? List.of(new Closure(summer, summer.plusDays(13), "Zomersluiting"))
                : List.of(new Closure(christmas, christmas.plusDays(8), "Kerstvakantie"));
    }
}
