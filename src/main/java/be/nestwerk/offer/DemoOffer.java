package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.AgeRange;
import be.nestwerk.offer.OfferContent.Contact;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferContent.SessionSeries;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A fluent way to write the demo catalogue; ids are derived from the names so that they are the same each run. */
final class DemoOffer {

    final String organisation;
    private final OfferKind kind;
    private final String name;
    private final Map<String, OfferText> texts = new LinkedHashMap<>();
    private final Set<Pillar> pillars = EnumSet.noneOf(Pillar.class);
    private final Set<SupportFunction> functions = EnumSet.noneOf(SupportFunction.class);
    private final Set<LifeDomain> domains = EnumSet.noneOf(LifeDomain.class);
    private final Set<Audience> audiences = EnumSet.noneOf(Audience.class);
    private Set<String> taxonomy = Set.of();
    private AgeRange ages = AgeRange.everyone();
    private Set<String> languages = Set.of("nl");
    private boolean interpreter;
    private final List<Cost> costs = new ArrayList<>();
    private final Set<AccessMode> access = EnumSet.noneOf(AccessMode.class);
    private Contact contact = Contact.none();
    private boolean online;
    private boolean byPhone;
    private boolean universal = true;
    private final List<Place> places = new ArrayList<>();
    private final List<OpeningHours> hours = new ArrayList<>();
    private final List<SessionSeries> sessions = new ArrayList<>();

    private DemoOffer(String organisation, OfferKind kind, String name, String summary) {
        this.organisation = organisation;
        this.kind = kind;
        this.name = name;
        text("nl", name, summary, null);
    }

    static DemoOffer service(String organisation, String name, String summary) {
        return new DemoOffer(organisation, OfferKind.SERVICE, name, summary);
    }

    static DemoOffer activity(String organisation, String name, String summary) {
        return new DemoOffer(organisation, OfferKind.ACTIVITY, name, summary);
    }

    DemoOffer describe(String description, String howToAccess, @Nullable String whatToBring) {
        OfferText dutch = texts.get("nl");
        texts.put(
                "nl", new OfferText(dutch.name(), dutch.summary(), description, howToAccess, whatToBring, null, null));
        return this;
    }

    DemoOffer text(String language, String name, String summary, @Nullable String description) {
        texts.put(language, new OfferText(name, summary, description, null, null, null, null));
        return this;
    }

    DemoOffer classify(Pillar pillar, SupportFunction function, LifeDomain... lifeDomains) {
        pillars.add(pillar);
        functions.add(function);
        domains.addAll(List.of(lifeDomains));
        return this;
    }

    DemoOffer taxonomy(String... terms) {
        taxonomy = Set.of(terms);
        return this;
    }

    DemoOffer forAges(int fromMonths, int toMonths, Audience... who) {
        ages = new AgeRange(fromMonths, toMonths);
        audiences.addAll(List.of(who));
        return this;
    }

    DemoOffer forSpecificNeeds() {
        universal = false;
        return this;
    }

    DemoOffer inLanguages(boolean interpreterAvailable, String... codes) {
        languages = Set.of(codes);
        interpreter = interpreterAvailable;
        return this;
    }

    DemoOffer costs(CostKind kind, @Nullable String amount, @Nullable String maximum) {
        costs.add(new Cost(
                kind,
                amount == null ? null : new BigDecimal(amount),
                maximum == null ? null : new BigDecimal(maximum)));
        return this;
    }

    DemoOffer access(AccessMode... modes) {
        access.addAll(List.of(modes));
        return this;
    }

    DemoOffer contact(@Nullable String email, @Nullable String phone, @Nullable String website) {
        contact = new Contact(email, phone, website, null);
        return this;
    }

    DemoOffer onlineAndByPhone() {
        online = true;
        byPhone = true;
        return this;
    }

    DemoOffer at(String placeName, String street, String postcode, double latitude, double longitude) {
        places.add(new Place(
                id("place", placeName),
                placeName,
                street,
                postcode,
                null,
                null,
                null,
                latitude,
                longitude,
                true,
                false));
        return this;
    }

    DemoOffer atConfidentialPlace(String placeName, String postcode) {
        places.add(
                new Place(id("place", placeName), placeName, null, postcode, null, null, null, null, null, true, true));
        byPhone = true;
        return this;
    }

    DemoOffer open(DayOfWeek day, String opens, String closes) {
        hours.add(new OpeningHours(null, day, LocalTime.parse(opens), LocalTime.parse(closes)));
        return this;
    }

    DemoOffer session(
            LocalDate date,
            String starts,
            String ends,
            @Nullable String recurrence,
            @Nullable Integer capacity,
            @Nullable Integer placesLeft) {
        sessions.add(new SessionSeries(
                id("session", date + starts + recurrence),
                places.isEmpty() ? null : places.get(0).id(),
                date,
                LocalTime.parse(starts),
                LocalTime.parse(ends),
                recurrence,
                capacity,
                placesLeft,
                null,
                null));
        return this;
    }

    String name() {
        return name;
    }

    OfferContent content() {
        return new OfferContent(
                kind,
                OfferStatus.ACTIVE,
                texts,
                pillars,
                functions,
                Set.of(),
                domains,
                taxonomy,
                ages,
                audiences,
                universal,
                languages,
                interpreter,
                costs,
                access,
                contact,
                online,
                byPhone,
                places,
                hours,
                List.of(),
                sessions);
    }

    private UUID id(String what, String key) {
        return UUID.nameUUIDFromBytes((what + "/" + name + "/" + key).getBytes(StandardCharsets.UTF_8));
    }
}
