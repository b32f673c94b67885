package be.nestwerk.offer;

import be.nestwerk.network.ActorType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of offer in the synthetic catalogue (kinderopvang, consultatiebureau, taalcafé, …): how it is classified,
 * who it is for, what it costs, when it happens, and Dutch text templates with a few translations. Templates may
 * use {naam} (a house name such as "De Regenboog"), {gemeente} (the municipality) and {dag} (a weekday).
 */
final class SyntheticTheme {

    /** How an offer of this theme is paid for. */
    enum CostPlan {
        FREE,
        MOSTLY_FREE,
        INCOME,
        FIXED_WITH_UITPAS,
        MIXED
    }

    /** When an offer of this theme takes place. */
    enum Rhythm {
        WORKDAYS,
        AFTER_SCHOOL,
        HALF_DAYS,
        WEEKLY,
        MONTHLY,
        HOLIDAY_WEEKS,
        ROUND_THE_CLOCK
    }

    /** A way to name a partner organisation of this theme, with the actor type it has in the survey. */
    record OrganisationName(ActorType type, String template) {}

    final String key;
    final double weight;
    double activityShare;
    final List<OrganisationName> organisationNames = new ArrayList<>();
    Pillar pillar = Pillar.PARENTING_SUPPORT;
    final List<SupportFunction> functions = new ArrayList<>();
    final List<LifeDomain> domains = new ArrayList<>();
    final List<String> essentialFunctions = new ArrayList<>();
    final List<String> taxonomy = new ArrayList<>();
    int fromMonths = OfferContent.AgeRange.PREGNANCY;
    int toMonths = OfferContent.AgeRange.TWENTY_FOUR_YEARS;
    final List<Audience> audiences = new ArrayList<>();
    CostPlan cost = CostPlan.FREE;
    final List<AccessMode> access = new ArrayList<>();
    Rhythm serviceRhythm = Rhythm.HALF_DAYS;
    Rhythm activityRhythm = Rhythm.WEEKLY;
    boolean confidential;
    boolean onlineOnly;
    final List<String> serviceNames = new ArrayList<>();
    final List<String> activityNames = new ArrayList<>();
    final List<String> summaries = new ArrayList<>();
    final List<String> descriptions = new ArrayList<>();
    final List<String> whatToBring = new ArrayList<>();
    /** Per language: the name and the summary of the translation. */
    final Map<String, String[]> translations = new LinkedHashMap<>();

    private SyntheticTheme(String key, double weight) {
        this.key = key;
        this.weight = weight;
    }

    static SyntheticTheme of(String key, double weight) {
        return new SyntheticTheme(key, weight);
    }

    SyntheticTheme activities(double share, Rhythm rhythm) {
        activityShare = share;
        activityRhythm = rhythm;
        return this;
    }

    SyntheticTheme services(Rhythm rhythm) {
        serviceRhythm = rhythm;
        return this;
    }

    SyntheticTheme organisations(ActorType type, String... names) {
        for (String name : names) {
            organisationNames.add(new OrganisationName(type, name));
        }
        return this;
    }

    SyntheticTheme classify(Pillar newPillar, List<SupportFunction> newFunctions, LifeDomain... newDomains) {
        pillar = newPillar;
        functions.addAll(newFunctions);
        domains.addAll(List.of(newDomains));
        return this;
    }

    SyntheticTheme essential(String... codes) {
        essentialFunctions.addAll(List.of(codes));
        return this;
    }

    SyntheticTheme taxonomy(String... ids) {
        taxonomy.addAll(List.of(ids));
        return this;
    }

    SyntheticTheme ages(int from, int to, Audience... forWhom) {
        fromMonths = from;
        toMonths = to;
        audiences.addAll(List.of(forWhom));
        return this;
    }

    SyntheticTheme costs(CostPlan plan) {
        cost = plan;
        return this;
    }

    SyntheticTheme access(AccessMode... modes) {
        access.addAll(List.of(modes));
        return this;
    }

    SyntheticTheme confidentialPlaces() {
        confidential = true;
        return this;
    }

    SyntheticTheme onlineOnly() {
        onlineOnly = true;
        return this;
    }

    SyntheticTheme serviceNames(String... names) {
        serviceNames.addAll(List.of(names));
        return this;
    }

    SyntheticTheme activityNames(String... names) {
        activityNames.addAll(List.of(names));
        return this;
    }

    SyntheticTheme summaries(String... texts) {
        summaries.addAll(List.of(texts));
        return this;
    }

    SyntheticTheme descriptions(String... texts) {
        descriptions.addAll(List.of(texts));
        return this;
    }

    SyntheticTheme bring(String... things) {
        whatToBring.addAll(List.of(things));
        return this;
    }

    SyntheticTheme translation(String language, String name, String summary) {
        translations.put(language, new String[] {name, summary});
        return this;
    }
}
