package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.Closure;
import be.nestwerk.offer.OfferContent.Contact;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferContent.SessionSeries;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An offer's content field by field, in the reader's words: labels and values come from the message bundles, so that
 * a reviewer reads "Prijs volgens inkomen: € 2,00 tot € 10,00" rather than a JSON document. Two descriptions of the
 * same offer can be compared with {@link VersionDifferences}.
 */
@Component
class OfferDescription {

    /** One field: a stable key (to compare versions), its label and its value as lines (empty when not filled in). */
    record Field(String key, String label, List<String> lines) {}

    static final List<String> TEXT_PARTS =
            List.of("name", "summary", "description", "howToAccess", "whatToBring", "costNote", "gettingThere");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;
    private final OfferTaxonomy taxonomy;

    OfferDescription(MessageSource messages, OfferTaxonomy taxonomy) {
        this.messages = messages;
        this.taxonomy = taxonomy;
    }

    List<Field> describe(OfferContent content, Locale locale) {
        Words words = new Words(locale);
        List<Field> fields = new ArrayList<>();
        for (String language : ContentLanguage.ALL) {
            OfferText text = content.texts().get(language);
            if (text != null) {
                texts(language, text, language.equals(ContentLanguage.DUTCH), words, fields);
            }
        }
        words.add(fields, "kind", List.of(words.label("offer.kind.", content.kind())));
        words.add(fields, "status", List.of(words.label("offer.status.", content.status())));
        words.add(fields, "pillars", words.labels("offer.pillar.", content.pillars()));
        words.add(fields, "functions", words.labels("offer.function.", content.supportFunctions()));
        words.add(
                fields,
                "essentialFunctions",
                joined(sorted(content.essentialFunctions().stream()
                        .map(code -> words.messageOr("partner.essential-function." + code, code))
                        .toList())));
        words.add(fields, "lifeDomains", words.labels("offer.domain.", content.lifeDomains()));
        words.add(
                fields,
                "taxonomyTerms",
                sorted(content.taxonomyTerms().stream()
                        .map(id -> taxonomy.term(id)
                                .map(term -> term.title() + " (" + id + ")")
                                .orElse(id))
                        .toList()));
        words.add(
                fields,
                "ages",
                List.of(words.message(
                        "offer.review.value.ages",
                        content.ages().fromMonths(),
                        content.ages().toMonths())));
        words.add(fields, "audiences", words.labels("offer.audience.", content.audiences()));
        words.add(fields, "universal", List.of(words.yesNo(content.universal())));
        words.add(
                fields,
                "languages",
                joined(ContentLanguage.ALL.stream()
                        .filter(content.languages()::contains)
                        .map(ContentLanguage::nativeName)
                        .toList()));
        words.add(fields, "interpreter", List.of(words.yesNo(content.interpreterAvailable())));
        words.add(fields, "costs", content.costs().stream().map(words::cost).toList());
        words.add(fields, "accessModes", words.labels("offer.access.", content.accessModes()));
        contact(content.contact(), words, fields);
        words.add(fields, "online", List.of(words.yesNo(content.online())));
        words.add(fields, "byPhone", List.of(words.yesNo(content.byPhone())));
        words.add(fields, "places", content.places().stream().map(words::place).toList());
        words.add(
                fields,
                "openingHours",
                content.openingHours().stream()
                        .sorted(Comparator.comparing(OpeningHours::day).thenComparing(OpeningHours::opens))
                        .map(hours -> words.openingHours(hours, content.places()))
                        .toList());
        words.add(
                fields,
                "closures",
                content.closures().stream().map(words::closure).toList());
        words.add(
                fields,
                "sessions",
                content.sessions().stream()
                        .map(session -> words.session(session, content.places()))
                        .toList());
        return fields;
    }

    private static void texts(String language, OfferText text, boolean everyPart, Words words, List<Field> fields) {
        List<@Nullable String> values = List.of(
                text.name(),
                nullToEmpty(text.summary()),
                nullToEmpty(text.description()),
                nullToEmpty(text.howToAccess()),
                nullToEmpty(text.whatToBring()),
                nullToEmpty(text.costNote()),
                nullToEmpty(text.gettingThere()));
        for (int i = 0; i < TEXT_PARTS.size(); i++) {
            String value = Objects.requireNonNull(values.get(i)).strip();
            if (everyPart || i == 0 || !value.isEmpty()) {
                String part = TEXT_PARTS.get(i);
                fields.add(new Field(
                        "texts." + language + "." + part,
                        words.message("offer.review.field.text." + part, ContentLanguage.nativeName(language)),
                        value.isEmpty() ? List.of() : List.of(value)));
            }
        }
    }

    private static void contact(Contact contact, Words words, List<Field> fields) {
        words.add(fields, "email", optional(contact.email()));
        words.add(fields, "phone", optional(contact.phone()));
        words.add(fields, "website", optional(contact.website()));
        words.add(fields, "registrationUrl", optional(contact.registrationUrl()));
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static List<String> optional(@Nullable String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip());
    }

    private static List<String> joined(List<String> values) {
        return values.isEmpty() ? List.of() : List.of(String.join(", ", values));
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    /** The words of one locale. */
    private final class Words {

        private final Locale locale;

        Words(Locale locale) {
            this.locale = locale;
        }

        void add(List<Field> fields, String key, List<String> lines) {
            fields.add(new Field(key, message("offer.review.field." + key), lines));
        }

        String message(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        String messageOr(String key, String fallback) {
            return messages.getMessage(key, null, fallback, locale);
        }

        String label(String prefix, Enum<?> value) {
            return message(prefix + value.name());
        }

        <E extends Enum<E>> List<String> labels(String prefix, Collection<E> values) {
            return joined(
                    values.stream().sorted().map(value -> label(prefix, value)).toList());
        }

        String yesNo(boolean value) {
            return message(value ? "layout.yes" : "layout.no");
        }

        String cost(Cost cost) {
            String kind = label("offer.cost.", cost.kind());
            if (cost.amount() == null) {
                return kind;
            }
            return cost.maximumAmount() == null
                    ? message("offer.review.value.amount", kind, cost.amount())
                    : message("offer.review.value.amountRange", kind, cost.amount(), cost.maximumAmount());
        }

        String place(Place place) {
            String where = Stream.of(
                            place.name(),
                            place.street(),
                            (place.postcode() + " " + nullToEmpty(place.locality())).strip())
                    .filter(part -> part != null && !part.isBlank())
                    .map(String::strip)
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("");
            List<String> notes = new ArrayList<>();
            notes.add(message(
                    place.wheelchairAccessible()
                            ? "offer.review.value.wheelchair"
                            : "offer.review.value.noWheelchair"));
            if (place.confidential()) {
                notes.add(message("offer.review.value.confidential"));
            }
            return where + " (" + String.join(", ", notes) + ")";
        }

        String openingHours(OpeningHours hours, List<Place> places) {
            return message(
                            "offer.review.value.hours",
                            hours.day().getDisplayName(TextStyle.FULL, locale),
                            hours.opens().toString(),
                            hours.closes().toString())
                    + at(hours.placeId(), places);
        }

        String closure(Closure closure) {
            String period =
                    message("offer.review.value.period", DATE.format(closure.from()), DATE.format(closure.to()));
            return closure.note() == null || closure.note().isBlank() ? period : period + ": " + closure.note();
        }

        String session(SessionSeries session, List<Place> places) {
            List<String> parts = new ArrayList<>();
            parts.add(message(
                    "offer.review.value.session",
                    DATE.format(session.date()),
                    session.starts().toString(),
                    session.ends().toString()));
            if (session.recurrence() != null) {
                parts.add(message("offer.review.value.recurrence", session.recurrence()));
            }
            if (session.capacity() != null) {
                parts.add(message("offer.review.value.capacity", session.capacity()));
            }
            if (session.placesLeft() != null) {
                parts.add(message("offer.review.value.placesLeft", session.placesLeft()));
            }
            Stream.of(session.registrationUrl(), session.registrationPhone())
                    .filter(Objects::nonNull)
                    .forEach(parts::add);
            return String.join(", ", parts) + at(session.placeId(), places);
        }

        private String at(@Nullable UUID placeId, List<Place> places) {
            if (placeId == null) {
                return "";
            }
            Function<Place, String> name =
                    place -> place.name() != null && !place.name().isBlank() ? place.name() : place.postcode();
            return places.stream()
                    .filter(place -> place.id().equals(placeId))
                    .findFirst()
                    .map(place -> " — " + name.apply(place))
                    .orElse("");
        }
    }
}
