package be.nestwerk.offer.hsds;

import static be.nestwerk.offer.hsds.HsdsDataset.text;

import be.nestwerk.offer.Audience;
import be.nestwerk.offer.CostKind;
import be.nestwerk.offer.OfferContent;
import be.nestwerk.offer.OfferContent.AgeRange;
import be.nestwerk.offer.OfferContent.Contact;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferKind;
import be.nestwerk.offer.OfferStatus;
import be.nestwerk.offer.hsds.HsdsDataset.ServiceRecord;
import be.nestwerk.offer.hsds.HsdsImportReport.Note;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Turns one HSDS service (with its locations, schedules, phones…) into the content of a draft offer, taking over as
 * much as HSDS carries, with a warning for everything that could not be taken over. The texts are in the language
 * the person chose at upload; our own translation attributes (see the API) bring the other languages back.
 */
@Component
class HsdsServiceReader {

    private final HsdsPlaceReader places;
    private final HsdsAttributeReader attributes;

    HsdsServiceReader(HsdsPlaceReader places, HsdsAttributeReader attributes) {
        this.places = places;
        this.attributes = attributes;
    }

    /** The content, and what to tell the person about it. */
    record Reading(OfferContent content, List<Note> warnings) {}

    Reading read(ServiceRecord record, HsdsDataset dataset, UUID networkId, String textLanguage) {
        JsonNode service = record.service();
        JsonNode organisation = service.path("organization");
        List<Note> warnings = new ArrayList<>();
        String idBase = networkId + "/" + Optional.ofNullable(record.hsdsId()).orElse(record.path());
        HsdsScheduleReader schedules = new HsdsScheduleReader(idBase, warnings);
        HsdsPlaceReader.Found found = places.read(record, dataset, idBase, schedules, warnings);
        schedules.read(service.path("schedules"), null);

        HsdsAttributeReader.Classification classes = attributes.read(service.path("attributes"), warnings);
        Map<String, OfferText> texts =
                HsdsTextReader.texts(record, found.transportation(), textLanguage, classes.translations(), warnings);
        Set<String> languages = languages(service.path("languages"), textLanguage, warnings);
        Contact contact = contact(record, organisation);
        boolean online = found.virtual();
        boolean byPhone = false;
        if (found.places().isEmpty()) {
            byPhone = contact.phone() != null;
            online = online || contact.website() != null || contact.email() != null;
            if (byPhone || online) {
                warnings.add(Note.of(
                        byPhone && online
                                ? "offer.hsds.import.warning.remote.both"
                                : byPhone
                                        ? "offer.hsds.import.warning.remote.phone"
                                        : "offer.hsds.import.warning.remote.online"));
            }
        }
        OfferKind kind =
                !schedules.sessions().isEmpty() && schedules.openingHours().isEmpty()
                        ? OfferKind.ACTIVITY
                        : OfferKind.SERVICE;
        OfferContent content = new OfferContent(
                kind,
                status(text(service, "status")),
                texts,
                classes.pillars(),
                classes.functions(),
                Set.of(),
                classes.domains(),
                classes.openEligibility(),
                ages(service, classes.audiences(), warnings),
                classes.audiences(),
                true,
                languages,
                text(service, "interpretation_services") != null,
                costs(service.path("cost_options"), warnings),
                classes.accessModes(),
                contact,
                online,
                byPhone,
                found.places(),
                schedules.openingHours(),
                List.of(),
                schedules.sessions());
        return new Reading(content, warnings);
    }

    private static Set<String> languages(JsonNode languages, String textLanguage, List<Note> warnings) {
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode language : languages) {
            String given = Optional.ofNullable(text(language, "code")).orElse(text(language, "name"));
            if (given == null) {
                continue;
            }
            Optional<String> known = HsdsLanguages.code(given);
            if (known.isPresent()) {
                codes.add(known.get());
            } else {
                warnings.add(Note.of("offer.hsds.import.warning.language", given));
            }
        }
        if (codes.isEmpty()) {
            codes.add(textLanguage);
            warnings.add(Note.of("offer.hsds.import.warning.language.none", textLanguage));
        }
        return codes;
    }

    private static AgeRange ages(JsonNode service, Set<Audience> audiences, List<Note> warnings) {
        int from = months(service.get("minimum_age"), AgeRange.PREGNANCY);
        int to = months(service.get("maximum_age"), AgeRange.TWENTY_FOUR_YEARS);
        if (from == 0 && audiences.contains(Audience.PARENTS_TO_BE)) {
            from = AgeRange.PREGNANCY;
        }
        if (to > AgeRange.TWENTY_FOUR_YEARS) {
            warnings.add(Note.of(
                    "offer.hsds.import.warning.age.max",
                    service.get("maximum_age").asString()));
            to = AgeRange.TWENTY_FOUR_YEARS;
        }
        from = Math.max(AgeRange.PREGNANCY, from);
        if (from > to) {
            warnings.add(Note.of("offer.hsds.import.warning.age.order"));
            return AgeRange.everyone();
        }
        return new AgeRange(from, to);
    }

    private static int months(@Nullable JsonNode years, int absent) {
        return years != null && years.isNumber() ? (int) Math.round(years.asDouble() * 12) : absent;
    }

    private static List<Cost> costs(JsonNode options, List<Note> warnings) {
        List<Cost> costs = new ArrayList<>();
        for (JsonNode option : options) {
            JsonNode amount = option.get("amount");
            if (amount == null || !amount.isNumber()) {
                continue;
            }
            String currency = text(option, "currency");
            if (currency != null && !currency.equalsIgnoreCase("EUR")) {
                warnings.add(Note.of("offer.hsds.import.warning.currency", amount.asString(), currency));
            }
            BigDecimal value = amount.decimalValue();
            costs.add(
                    value.signum() == 0
                            ? new Cost(CostKind.FREE, null, null)
                            : new Cost(CostKind.FIXED_PRICE, value, null));
        }
        return costs;
    }

    private static Contact contact(ServiceRecord record, JsonNode organisation) {
        JsonNode service = record.service();
        List<JsonNode> holders = Stream.concat(
                        Stream.concat(
                                Stream.of(service), record.links().stream().map(HsdsDataset.Located::node)),
                        Stream.of(organisation))
                .filter(JsonNode::isObject)
                .toList();
        String email = holders.stream()
                .flatMap(node -> Stream.concat(
                        Stream.of(text(node, "email")),
                        StreamSupport.stream(node.path("contacts").spliterator(), false)
                                .map(contact -> text(contact, "email"))))
                .map(HsdsAddresses::email)
                .filter(value -> value != null)
                .findFirst()
                .orElse(null);
        String phone = holders.stream()
                .flatMap(node -> Stream.concat(
                        StreamSupport.stream(node.path("phones").spliterator(), false),
                        StreamSupport.stream(node.path("contacts").spliterator(), false)
                                .flatMap(contact -> StreamSupport.stream(
                                        contact.path("phones").spliterator(), false))))
                .map(number -> text(number, "number"))
                .filter(value -> value != null)
                .map(value -> value.replace("\"", "").strip())
                .filter(value -> !value.isEmpty())
                .findFirst()
                .orElse(null);
        String website = Stream.of(text(service, "url"), text(organisation, "website"))
                .map(HsdsAddresses::web)
                .filter(value -> value != null)
                .findFirst()
                .orElse(null);
        return new Contact(email, phone, website, null);
    }

    private static OfferStatus status(@Nullable String status) {
        if (status == null) {
            return OfferStatus.ACTIVE;
        }
        return switch (status) {
            case "temporarily closed" -> OfferStatus.TEMPORARILY_CLOSED;
            case "inactive", "defunct" -> OfferStatus.INACTIVE;
            default -> OfferStatus.ACTIVE;
        };
    }
}
