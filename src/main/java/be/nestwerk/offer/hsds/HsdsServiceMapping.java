package be.nestwerk.offer.hsds;

import be.nestwerk.offer.ContentLanguage;
import be.nestwerk.offer.CostKind;
import be.nestwerk.offer.OfferContent;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferStatus;
import be.nestwerk.offer.PublicOffer;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A published offer as an HSDS service: texts in the chosen language (Dutch where there is no translation), the
 * other languages' texts as attributes of the translation taxonomy, classifications as attributes, places as
 * service_at_locations. Only ever given a {@link PublicOffer}, so it never sees a confidential place.
 */
@Component
class HsdsServiceMapping {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ISO_INSTANT;

    private final HsdsAttributes attributes;
    private final HsdsRegions regions;
    private final MessageSource messages;

    HsdsServiceMapping(HsdsAttributes attributes, HsdsRegions regions, MessageSource messages) {
        this.attributes = attributes;
        this.regions = regions;
        this.messages = messages;
    }

    /** The organisation that runs offers, and what the API says about it. */
    record Provider(
            UUID id,
            String name,
            String networkName,
            @Nullable String website) {}

    Hsds.Service service(PublicOffer offer, Provider provider, HsdsLanguage language, boolean full) {
        OfferContent content = offer.content();
        OfferText text = content.text(language.code());
        Locale locale = language.messageLocale();
        UUID id = offer.id();
        Hsds.Service summary = new Hsds.Service(
                id,
                offer.organisationId(),
                text.name(),
                null,
                join(text.summary(), text.description()),
                HsdsAddresses.web(content.contact().website()),
                HsdsAddresses.email(content.contact().email()),
                status(content.status()),
                content.interpreterAvailable() ? message("offer.hsds.interpreter", locale) : null,
                text.howToAccess(),
                text.costNote(),
                null,
                years(Math.max(0, content.ages().fromMonths())),
                years(content.ages().toMonths()),
                offer.lastReviewedOn().toString(),
                MILLIS.format(offer.modifiedAt().truncatedTo(ChronoUnit.MILLIS)),
                organization(provider, locale, null),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        if (!full) {
            return summary;
        }
        return new Hsds.Service(
                id,
                summary.organizationId(),
                summary.name(),
                null,
                summary.description(),
                summary.url(),
                summary.email(),
                summary.status(),
                summary.interpretationServices(),
                summary.applicationProcess(),
                summary.feesDescription(),
                null,
                summary.minimumAge(),
                summary.maximumAge(),
                summary.assuredDate(),
                summary.lastModified(),
                summary.organization(),
                content.contact().phone() == null
                        ? List.of()
                        : List.of(new Hsds.Phone(
                                HsdsIds.ofOffer("phone", id),
                                id,
                                content.contact().phone(),
                                "voice",
                                null)),
                schedules(offer, language),
                serviceAtLocations(offer, language),
                content.languages().stream()
                        .sorted()
                        .map(code -> new Hsds.Language(
                                HsdsIds.ofOffer("language/" + code, id), id, ContentLanguage.nativeName(code), code))
                        .toList(),
                costs(id, content.costs(), locale),
                text.whatToBring() == null
                        ? List.of()
                        : List.of(new Hsds.RequiredDocument(
                                HsdsIds.ofOffer("required_document", id), id, text.whatToBring())),
                attributes.of(offer, language));
    }

    List<Hsds.ServiceAtLocation> serviceAtLocations(PublicOffer offer, HsdsLanguage language) {
        return offer.content().places().stream()
                .map(place -> serviceAtLocation(offer, place, language))
                .toList();
    }

    /** The link between the offer and one of its (public) places, with the place but without the service. */
    Hsds.ServiceAtLocation serviceAtLocation(PublicOffer offer, Place place, HsdsLanguage language) {
        return new Hsds.ServiceAtLocation(
                HsdsIds.serviceAtLocation(offer.id(), place.id()),
                offer.id(),
                place.id(),
                null,
                null,
                location(place, offer.content().text(language.code()), language.messageLocale()),
                null);
    }

    List<Hsds.Schedule> schedules(PublicOffer offer, HsdsLanguage language) {
        return HsdsSchedules.of(offer.id(), offer.content(), message("offer.hsds.closed", language.messageLocale()));
    }

    Hsds.Organization organization(Provider provider, Locale locale, @Nullable List<Hsds.Service> services) {
        return new Hsds.Organization(
                provider.id(),
                provider.name(),
                message("offer.hsds.organization.description", locale, provider.name(), provider.networkName()),
                provider.website(),
                null,
                services);
    }

    Hsds.Location location(Place place, OfferText text, Locale locale) {
        String street = Stream.of(place.street(), place.name(), place.locality(), place.postcode())
                .filter(value -> value != null && !value.isBlank())
                .findFirst()
                .orElse(place.postcode());
        return new Hsds.Location(
                place.id(),
                "physical",
                place.name(),
                text.gettingThere(),
                place.latitude(),
                place.longitude(),
                List.of(new Hsds.Address(
                        HsdsIds.of("address/" + place.id()),
                        place.id(),
                        street,
                        Objects.requireNonNullElse(place.locality(), ""),
                        regions.of(place.nisCode()),
                        place.postcode(),
                        "BE",
                        "physical")),
                place.wheelchairAccessible()
                        ? List.of(new Hsds.Accessibility(
                                HsdsIds.of("accessibility/" + place.id()),
                                place.id(),
                                message("offer.hsds.wheelchair", locale)))
                        : List.of());
    }

    private List<Hsds.CostOption> costs(UUID offerId, List<Cost> costs, Locale locale) {
        List<Hsds.CostOption> options = new ArrayList<>();
        for (int i = 0; i < costs.size(); i++) {
            Cost cost = costs.get(i);
            BigDecimal amount = cost.kind() == CostKind.FREE ? BigDecimal.ZERO : cost.amount();
            options.add(new Hsds.CostOption(
                    HsdsIds.ofOffer("cost_option/" + i, offerId),
                    offerId,
                    message("offer.cost." + cost.kind().name(), locale),
                    "EUR",
                    amount,
                    cost.maximumAmount() == null
                            ? null
                            : message(
                                    "offer.hsds.cost.upTo",
                                    locale,
                                    cost.maximumAmount().toPlainString())));
        }
        return options;
    }

    static String status(OfferStatus status) {
        return switch (status) {
            case ACTIVE -> "active";
            case TEMPORARILY_CLOSED -> "temporarily closed";
            case INACTIVE -> "inactive";
        };
    }

    /** Months as years, to two decimals: 18 months is 1.5. */
    static double years(int months) {
        return Math.round(months / 12.0 * 100) / 100.0;
    }

    private static @Nullable String join(@Nullable String first, @Nullable String second) {
        String joined = Stream.of(first, second)
                .filter(value -> value != null && !value.isBlank())
                .collect(Collectors.joining("\n\n"));
        return joined.isEmpty() ? null : joined;
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
