package be.nestwerk.offer;

import be.nestwerk.network.EssentialFunction;
import be.nestwerk.offer.OfferContent.Closure;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferContent.SessionSeries;
import be.nestwerk.offer.SessionRepeat.Repetition;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** An offer's values in words of one language, for the history of its versions. */
final class OfferWording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;
    private final OfferTaxonomy taxonomy;
    private final Locale locale;

    OfferWording(MessageSource messages, OfferTaxonomy taxonomy, Locale locale) {
        this.messages = messages;
        this.taxonomy = taxonomy;
        this.locale = locale;
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    String yesOrNo(boolean value) {
        return message(value ? "layout.yes" : "layout.no");
    }

    /** The labels of enumeration constants, in the enumeration's order. */
    <E extends Enum<E>> @Nullable String labels(Collection<E> constants, String prefix) {
        return join(constants.stream().sorted().map(constant -> message(prefix + constant.name())), ", ");
    }

    @Nullable
    String essentialFunctions(Collection<String> names) {
        return join(
                Arrays.stream(EssentialFunction.values())
                        .filter(function -> names.contains(function.name()))
                        .map(function -> message(function.messageKey())),
                ", ");
    }

    @Nullable
    String taxonomyTerms(Collection<String> ids) {
        return join(
                ids.stream()
                        .sorted()
                        .map(id ->
                                taxonomy.term(id).map(OfferTaxonomy.Term::title).orElse(id)),
                ", ");
    }

    @Nullable
    String languages(Collection<String> codes) {
        return join(ContentLanguage.ALL.stream().filter(codes::contains).map(ContentLanguage::nativeName), ", ");
    }

    @Nullable
    String costs(List<Cost> costs) {
        return join(costs.stream().map(this::cost), "; ");
    }

    String place(Place place) {
        String where = join(
                Stream.of(
                        place.name(),
                        place.street(),
                        (place.postcode() + " " + Objects.toString(place.locality(), "")).strip(),
                        place.sectorCode()),
                ", ");
        return Stream.of(
                        where,
                        place.latitude() == null ? null : place.latitude() + " " + place.longitude(),
                        place.wheelchairAccessible() ? message("offer.editor.history.wheelchair") : null,
                        place.confidential() ? message("offer.editor.history.confidential") : null)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" — "));
    }

    @Nullable
    String openingHours(List<OpeningHours> hours, Map<UUID, Place> places) {
        return join(
                hours.stream()
                        .map(slot -> day(slot.day()) + " " + slot.opens() + "–" + slot.closes()
                                + (slot.placeId() == null || !places.containsKey(slot.placeId())
                                        ? ""
                                        : " (" + placeName(places.get(slot.placeId())) + ")")),
                "; ");
    }

    @Nullable
    String closures(List<Closure> closures) {
        return join(
                closures.stream()
                        .map(closure -> DATE.format(closure.from()) + "–" + DATE.format(closure.to())
                                + (closure.note() == null ? "" : " (" + closure.note() + ")")),
                "; ");
    }

    String session(SessionSeries session, Map<UUID, Place> places) {
        Repetition repetition = SessionRepeat.of(session.recurrence(), session.date());
        String repeat = switch (repetition.repeat()) {
            case NONE -> null;
            case ADVANCED -> repetition.rule();
            default ->
                message("offer.editor.repeat." + repetition.repeat().name())
                        + (repetition.until() != null
                                ? " " + message("offer.editor.history.until", DATE.format(repetition.until()))
                                : " " + message("offer.editor.history.times", repetition.count()));
        };
        return Stream.of(
                        DATE.format(session.date()) + " " + session.starts() + "–" + session.ends(),
                        session.placeId() == null || !places.containsKey(session.placeId())
                                ? null
                                : placeName(places.get(session.placeId())),
                        repeat,
                        session.capacity() == null
                                ? null
                                : message("offer.editor.history.capacity", session.capacity()),
                        session.placesLeft() == null
                                ? null
                                : message("offer.editor.history.placesLeft", session.placesLeft()),
                        session.registrationUrl(),
                        session.registrationPhone())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    String placeName(Place place) {
        return place.name() != null ? place.name() : place.postcode() + " " + Objects.toString(place.locality(), "");
    }

    static Map<UUID, Place> byId(List<Place> places) {
        return places.stream().collect(Collectors.toMap(Place::id, Function.identity(), (a, b) -> a));
    }

    private String cost(Cost cost) {
        return Stream.of(
                        message("offer.cost." + cost.kind().name()),
                        cost.amount() == null ? null : euro(cost.amount()),
                        cost.maximumAmount() == null ? null : "– " + euro(cost.maximumAmount()))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }

    private String euro(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "€ " + format.format(amount);
    }

    private String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    private static @Nullable String join(Stream<@Nullable String> values, String separator) {
        String joined =
                values.filter(value -> value != null && !value.isBlank()).collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }
}
