package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.AgeRange;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.Place;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Offers for the search tests, written in a few words: a valid free service in 2800 for everyone unless told. */
final class OfferSearchOffers {

    private final Map<String, OfferText> texts = new LinkedHashMap<>();
    private Set<LifeDomain> themes = Set.of(LifeDomain.PARENTING);
    private AgeRange ages = AgeRange.everyone();
    private Set<String> languages = Set.of("nl");
    private List<Cost> costs = List.of(new Cost(CostKind.FREE, null, null));
    private boolean online;
    private boolean byPhone;
    private final List<Place> places = new ArrayList<>();
    private List<OpeningHours> hours =
            List.of(new OpeningHours(null, DayOfWeek.WEDNESDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)));

    private OfferSearchOffers(String name, String summary) {
        texts.put("nl", new OfferText(name, summary, null, null, null, null, null));
    }

    static OfferSearchOffers offer(String name) {
        return new OfferSearchOffers(name, "Korte uitleg over " + name);
    }

    static OfferSearchOffers offer(String name, String summary) {
        return new OfferSearchOffers(name, summary);
    }

    OfferSearchOffers describedAs(String description) {
        OfferText dutch = texts.get("nl");
        texts.put("nl", new OfferText(dutch.name(), dutch.summary(), description, null, null, null, null));
        return this;
    }

    OfferSearchOffers text(String language, String name, String summary) {
        texts.put(language, new OfferText(name, summary, null, null, null, null, null));
        return this;
    }

    OfferSearchOffers themes(LifeDomain... domains) {
        themes = Set.of(domains);
        return this;
    }

    OfferSearchOffers ages(int fromMonths, int toMonths) {
        ages = new AgeRange(fromMonths, toMonths);
        return this;
    }

    OfferSearchOffers languages(String... codes) {
        languages = Set.of(codes);
        return this;
    }

    OfferSearchOffers price(String euro) {
        costs = List.of(new Cost(CostKind.FIXED_PRICE, new BigDecimal(euro), null));
        return this;
    }

    OfferSearchOffers at(String postcode, double latitude, double longitude) {
        places.add(new Place(
                UUID.randomUUID(),
                "Plek " + postcode,
                "Straat 1",
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

    OfferSearchOffers atConfidentialPlace(String postcode, double latitude, double longitude) {
        places.add(new Place(
                UUID.randomUUID(),
                "Vluchthuis",
                "Geheime straat 7",
                postcode,
                null,
                null,
                null,
                latitude,
                longitude,
                false,
                true));
        return this;
    }

    OfferSearchOffers onlineAndByPhone() {
        online = true;
        byPhone = true;
        return this;
    }

    OfferSearchOffers openOn(DayOfWeek... days) {
        hours = Arrays.stream(days)
                .map(day -> new OpeningHours(null, day, LocalTime.of(9, 0), LocalTime.of(12, 0)))
                .toList();
        return this;
    }

    OfferContent content() {
        List<Place> where = new ArrayList<>(places);
        if (where.isEmpty() && !online && !byPhone) {
            where.add(new Place(
                    UUID.randomUUID(), "Testplek", "Grote Markt 1", "2800", null, null, null, null, null, true, false));
        }
        return new OfferContent(
                OfferKind.SERVICE,
                OfferStatus.ACTIVE,
                texts,
                Set.of(Pillar.PARENTING_SUPPORT),
                Set.of(SupportFunction.INFORMATION_ADVICE),
                Set.of(),
                themes,
                Set.of(),
                ages,
                Set.of(Audience.PARENTS_AND_CARERS),
                true,
                languages,
                false,
                costs,
                Set.of(AccessMode.WALK_IN),
                new OfferContent.Contact(null, "015 00 00 00", null, null),
                online,
                byPhone,
                where,
                hours,
                List.of(),
                List.of());
    }
}
