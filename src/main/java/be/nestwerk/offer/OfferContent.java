package be.nestwerk.offer;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything an offer says, as one version stores it (a JSON document). Texts are per content language, Dutch
 * required; places, opening hours and sessions carry ids that stay the same from version to version (the HSDS ids
 * and the calendar's UIDs are derived from them). Times are local time in Belgium.
 */
public record OfferContent(
        OfferKind kind,
        OfferStatus status,
        Map<String, OfferText> texts,
        Set<Pillar> pillars,
        Set<SupportFunction> supportFunctions,
        Set<String> essentialFunctions,
        Set<LifeDomain> lifeDomains,
        Set<String> taxonomyTerms,
        AgeRange ages,
        Set<Audience> audiences,
        boolean universal,
        Set<String> languages,
        boolean interpreterAvailable,
        List<Cost> costs,
        Set<AccessMode> accessModes,
        Contact contact,
        boolean online,
        boolean byPhone,
        List<Place> places,
        List<OpeningHours> openingHours,
        List<Closure> closures,
        List<SessionSeries> sessions) {

    public OfferContent {
        texts = Map.copyOf(texts);
        pillars = Set.copyOf(pillars);
        supportFunctions = Set.copyOf(supportFunctions);
        essentialFunctions = Set.copyOf(essentialFunctions);
        lifeDomains = Set.copyOf(lifeDomains);
        taxonomyTerms = Set.copyOf(taxonomyTerms);
        audiences = Set.copyOf(audiences);
        languages = Set.copyOf(languages);
        costs = List.copyOf(costs);
        accessModes = Set.copyOf(accessModes);
        places = List.copyOf(places);
        openingHours = List.copyOf(openingHours);
        closures = List.copyOf(closures);
        sessions = List.copyOf(sessions);
    }

    /** A copy to change a few parts of: {@code content.toBuilder().places(open).build()}. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes parts of an offer's content without repeating the others. */
    public static final class Builder {

        private final OfferContent base;
        private OfferKind kind;
        private OfferStatus status;
        private Map<String, OfferText> texts;
        private Set<String> essentialFunctions;
        private Set<String> taxonomyTerms;
        private AgeRange ages;
        private List<Cost> costs;
        private List<Place> places;
        private List<OpeningHours> openingHours;
        private List<SessionSeries> sessions;

        private Builder(OfferContent base) {
            this.base = base;
            this.kind = base.kind;
            this.status = base.status;
            this.texts = base.texts;
            this.essentialFunctions = base.essentialFunctions;
            this.taxonomyTerms = base.taxonomyTerms;
            this.ages = base.ages;
            this.costs = base.costs;
            this.places = base.places;
            this.openingHours = base.openingHours;
            this.sessions = base.sessions;
        }

        public Builder kind(OfferKind value) {
            kind = value;
            return this;
        }

        public Builder status(OfferStatus value) {
            status = value;
            return this;
        }

        public Builder texts(Map<String, OfferText> value) {
            texts = value;
            return this;
        }

        public Builder essentialFunctions(Set<String> value) {
            essentialFunctions = value;
            return this;
        }

        public Builder taxonomyTerms(Set<String> value) {
            taxonomyTerms = value;
            return this;
        }

        public Builder ages(AgeRange value) {
            ages = value;
            return this;
        }

        public Builder costs(List<Cost> value) {
            costs = value;
            return this;
        }

        public Builder places(List<Place> value) {
            places = value;
            return this;
        }

        public Builder openingHours(List<OpeningHours> value) {
            openingHours = value;
            return this;
        }

        public Builder sessions(List<SessionSeries> value) {
            sessions = value;
            return this;
        }

        public OfferContent build() {
            return new OfferContent(
                    kind,
                    status,
                    texts,
                    base.pillars,
                    base.supportFunctions,
                    essentialFunctions,
                    base.lifeDomains,
                    taxonomyTerms,
                    ages,
                    base.audiences,
                    base.universal,
                    base.languages,
                    base.interpreterAvailable,
                    costs,
                    base.accessModes,
                    base.contact,
                    base.online,
                    base.byPhone,
                    places,
                    openingHours,
                    base.closures,
                    sessions);
        }
    }

    /** The text in this language, or the Dutch text when there is no translation (see {@link #hasText}). */
    public OfferText text(String language) {
        OfferText text = texts.get(language);
        return text != null ? text : texts.get(ContentLanguage.DUTCH);
    }

    public boolean hasText(String language) {
        return texts.containsKey(language);
    }

    public String dutchName() {
        return texts.get(ContentLanguage.DUTCH).name();
    }

    public boolean isFree() {
        return costs.isEmpty() || costs.stream().allMatch(cost -> cost.kind() == CostKind.FREE);
    }

    /** The text of an offer in one language. Only the name is required. */
    public record OfferText(
            String name,
            @Nullable String summary,
            @Nullable String description,
            @Nullable String howToAccess,
            @Nullable String whatToBring,
            @Nullable String costNote,
            @Nullable String gettingThere) {}

    /** Ages in months: −9 is the start of a pregnancy, 288 is 24 years. */
    public record AgeRange(int fromMonths, int toMonths) {

        public static final int PREGNANCY = -9;
        public static final int TWENTY_FOUR_YEARS = 288;

        public static AgeRange everyone() {
            return new AgeRange(PREGNANCY, TWENTY_FOUR_YEARS);
        }

        public boolean includes(int months) {
            return fromMonths <= months && months <= toMonths;
        }
    }

    /** One way of paying; amounts in euro. For an income-related price, amount is the lowest and maximum the highest. */
    public record Cost(
            CostKind kind,
            @Nullable BigDecimal amount,
            @Nullable BigDecimal maximumAmount) {}

    public record Contact(
            @Nullable String email,
            @Nullable String phone,
            @Nullable String website,
            @Nullable String registrationUrl) {

        public static Contact none() {
            return new Contact(null, null, null, null);
        }
    }

    /**
     * Where the offer takes place. A confidential place (e.g. a shelter) is never shown publicly, only the contact
     * route. Coordinates default to the postcode's when not given.
     */
    public record Place(
            UUID id,
            @Nullable String name,
            @Nullable String street,
            String postcode,
            @Nullable String locality,
            @Nullable String nisCode,
            @Nullable String sectorCode,
            @Nullable Double latitude,
            @Nullable Double longitude,
            boolean wheelchairAccessible,
            boolean confidential) {}

    /** Weekly opening hours, at one place or (placeId null) at every place. */
    public record OpeningHours(@Nullable UUID placeId, DayOfWeek day, LocalTime opens, LocalTime closes) {}

    /** A period the offer is closed (a holiday), with a short note in Dutch. */
    public record Closure(
            LocalDate from, LocalDate to, @Nullable String note) {}

    /**
     * A dated activity session, one-off or recurring ({@code recurrence} is an RFC 5545 RRULE value such as
     * {@code FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630}).
     */
    public record SessionSeries(
            UUID id,
            @Nullable UUID placeId,
            LocalDate date,
            LocalTime starts,
            LocalTime ends,
            @Nullable String recurrence,
            @Nullable Integer capacity,
            @Nullable Integer placesLeft,
            @Nullable String registrationUrl,
            @Nullable String registrationPhone) {}
}
