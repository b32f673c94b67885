package be.nestwerk.offer.hsds;

import static be.nestwerk.offer.hsds.HsdsDataset.text;

import be.nestwerk.offer.AccessMode;
import be.nestwerk.offer.Audience;
import be.nestwerk.offer.ContentLanguage;
import be.nestwerk.offer.CostKind;
import be.nestwerk.offer.LifeDomain;
import be.nestwerk.offer.OfferContent;
import be.nestwerk.offer.OfferContent.AgeRange;
import be.nestwerk.offer.OfferContent.Contact;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferKind;
import be.nestwerk.offer.OfferStatus;
import be.nestwerk.offer.Pillar;
import be.nestwerk.offer.SupportFunction;
import be.nestwerk.offer.hsds.HsdsDataset.ServiceRecord;
import be.nestwerk.offer.hsds.HsdsImportReport.Note;
import be.nestwerk.offer.hsds.HsdsTaxonomies.Term;
import be.nestwerk.offer.hsds.HsdsTaxonomies.Vocabulary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 8_000;

    private final HsdsPlaceReader places;
    private final HsdsTaxonomies taxonomies;

    HsdsServiceReader(HsdsPlaceReader places, HsdsTaxonomies taxonomies) {
        this.places = places;
        this.taxonomies = taxonomies;
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

        Classification classes = classify(service.path("attributes"), warnings);
        Map<String, OfferText> texts = texts(record, found, textLanguage, classes.translations(), warnings);
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

    private Map<String, OfferText> texts(
            ServiceRecord record,
            HsdsPlaceReader.Found found,
            String language,
            Map<String, Map<TranslatedField, String>> translations,
            List<Note> warnings) {
        JsonNode service = record.service();
        Map<TranslatedField, String> main = new LinkedHashMap<>();
        put(main, TranslatedField.NAME, text(service, "name"));
        put(
                main,
                TranslatedField.DESCRIPTION,
                paragraphs(
                        text(service, "description"),
                        text(service, "eligibility_description"),
                        text(service, "alert")));
        put(main, TranslatedField.HOW_TO_ACCESS, text(service, "application_process"));
        put(
                main,
                TranslatedField.WHAT_TO_BRING,
                paragraphs(
                        StreamSupport.stream(service.path("required_documents").spliterator(), false)
                                .map(document -> text(document, "document"))
                                .toArray(String[]::new)));
        put(
                main,
                TranslatedField.COST_NOTE,
                Optional.ofNullable(text(service, "fees_description")).orElse(text(service, "fees")));
        put(main, TranslatedField.GETTING_THERE, found.transportation());
        Map<String, Map<TranslatedField, String>> all = new LinkedHashMap<>();
        all.put(language, main);
        translations.forEach((code, fields) ->
                all.computeIfAbsent(code, c -> new LinkedHashMap<>()).putAll(fields));
        Map<String, OfferText> texts = new LinkedHashMap<>();
        all.forEach((code, fields) -> {
            if (fields.get(TranslatedField.NAME) == null) {
                warnings.add(Note.of("offer.hsds.import.warning.translation.name", code));
                return;
            }
            OfferText text = new OfferText(fields.get(TranslatedField.NAME), null, null, null, null, null, null);
            for (Map.Entry<TranslatedField, String> field : fields.entrySet()) {
                int max = field.getKey() == TranslatedField.NAME ? MAX_NAME : MAX_TEXT;
                String value = field.getValue();
                if (value.length() > max) {
                    warnings.add(Note.of(
                            "offer.hsds.import.warning.text.cut", field.getKey().code(), code, max));
                    value = value.substring(0, max);
                }
                text = field.getKey().set(text, value);
            }
            texts.put(code, text);
        });
        if (!texts.containsKey(ContentLanguage.DUTCH) && texts.containsKey(language)) {
            texts.put(ContentLanguage.DUTCH, texts.get(language));
            warnings.add(Note.of("offer.hsds.import.warning.text.dutch", language));
        }
        return texts;
    }

    private record Classification(
            Set<Pillar> pillars,
            Set<SupportFunction> functions,
            Set<LifeDomain> domains,
            Set<Audience> audiences,
            Set<AccessMode> accessModes,
            Set<String> openEligibility,
            Map<String, Map<TranslatedField, String>> translations) {}

    /** Our taxonomy terms (by id), and Open Eligibility codes of other datasets (by taxonomy name and code). */
    private Classification classify(JsonNode attributes, List<Note> warnings) {
        Classification found = new Classification(
                EnumSet.noneOf(Pillar.class),
                EnumSet.noneOf(SupportFunction.class),
                EnumSet.noneOf(LifeDomain.class),
                EnumSet.noneOf(Audience.class),
                EnumSet.noneOf(AccessMode.class),
                new LinkedHashSet<>(),
                new LinkedHashMap<>());
        for (JsonNode attribute : attributes) {
            JsonNode termNode = attribute.path("taxonomy_term");
            Optional<Term> term = Stream.of(text(attribute, "taxonomy_term_id"), text(termNode, "id"))
                    .map(HsdsServiceReader::uuid)
                    .flatMap(Optional::stream)
                    .map(taxonomies::term)
                    .flatMap(Optional::stream)
                    .findFirst()
                    .or(() -> openEligibility(termNode));
            if (term.isEmpty()) {
                String label = Stream.of(text(termNode, "name"), text(termNode, "code"), text(attribute, "id"))
                        .filter(value -> value != null)
                        .findFirst()
                        .orElse("?");
                warnings.add(Note.of("offer.hsds.import.warning.term", label));
                continue;
            }
            String code = term.get().code();
            switch (term.get().vocabulary()) {
                case OPEN_ELIGIBILITY -> found.openEligibility().add(code);
                case PILLAR -> found.pillars().add(Pillar.valueOf(code));
                case SUPPORT_FUNCTION -> found.functions().add(SupportFunction.valueOf(code));
                case LIFE_DOMAIN -> found.domains().add(LifeDomain.valueOf(code));
                case AUDIENCE -> found.audiences().add(Audience.valueOf(code));
                case ACCESS_MODE -> found.accessModes().add(AccessMode.valueOf(code));
                case TRANSLATION -> {
                    String value = text(attribute, "value");
                    String[] parts = code.split("/");
                    if (value != null) {
                        found.translations()
                                .computeIfAbsent(parts[1], language -> new LinkedHashMap<>())
                                .put(TranslatedField.byCode(parts[0]).orElseThrow(), value);
                    }
                }
            }
        }
        return found;
    }

    private Optional<Term> openEligibility(JsonNode term) {
        String taxonomy = Stream.of(text(term, "taxonomy"), text(term.path("taxonomy_detail"), "name"))
                .filter(value -> value != null)
                .collect(Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
        String code = text(term, "code");
        return taxonomy.contains("eligibility") && code != null
                ? taxonomies.find(Vocabulary.OPEN_ELIGIBILITY, code)
                : Optional.empty();
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
                .map(HsdsServiceMapping::emailAddress)
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
                .map(HsdsServiceMapping::webAddress)
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

    private static void put(Map<TranslatedField, String> fields, TranslatedField field, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            fields.put(field, value.strip());
        }
    }

    private static @Nullable String paragraphs(@Nullable String... parts) {
        String joined =
                Stream.of(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining("\n\n"));
        return joined.isEmpty() ? null : joined;
    }

    private static Optional<UUID> uuid(@Nullable String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
