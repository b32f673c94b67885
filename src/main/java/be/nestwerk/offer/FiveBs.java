package be.nestwerk.offer;

import be.nestwerk.offer.OfferContent.AgeRange;
import be.nestwerk.offer.OfferContent.Closure;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.Place;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The five B's of an offer in plain words of the site's language: for whom (ages from pregnancy, in months and
 * years), when (opening hours by day, closures, sessions), what it costs (euro amounts as Belgians write them).
 * Times are Belgian local time.
 */
final class FiveBs {

    record DayHours(String day, List<String> times) {}

    record ClosureLine(String period, @Nullable String note) {}

    record SessionLine(
            String date,
            String time,
            @Nullable String place,
            @Nullable String places,
            boolean full) {}

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter date;

    FiveBs(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
    }

    String ages(AgeRange ages) {
        if (ages.toMonths() <= 0) {
            return message("offer.page.ages.pregnancy-only");
        }
        if (ages.fromMonths() == ages.toMonths()) {
            return message("offer.page.ages.only", age(ages.toMonths()));
        }
        return message("offer.page.ages.range", age(ages.fromMonths()), age(ages.toMonths()));
    }

    private String age(int months) {
        if (months < 0) {
            return message("offer.page.ages.pregnancy");
        }
        if (months == 0) {
            return message("offer.page.ages.birth");
        }
        return months % 12 == 0
                ? message("offer.page.ages.years", months / 12)
                : message("offer.page.ages.months", months);
    }

    List<String> costs(List<Cost> costs) {
        if (costs.isEmpty()) {
            return List.of(message("offer.cost.FREE"));
        }
        return costs.stream().map(this::cost).toList();
    }

    private String cost(Cost cost) {
        BigDecimal amount = cost.amount();
        BigDecimal maximum = cost.maximumAmount();
        return switch (cost.kind()) {
            case FREE -> message("offer.cost.FREE");
            case FIXED_PRICE ->
                amount == null ? message("offer.cost.FIXED_PRICE") : message("offer.page.cost.fixed", euro(amount));
            case INCOME_RELATED -> {
                if (amount == null) {
                    yield message("offer.cost.INCOME_RELATED");
                }
                yield maximum == null
                        ? message("offer.page.cost.income-from", euro(amount))
                        : message("offer.page.cost.income-range", euro(amount), euro(maximum));
            }
            case UITPAS_REDUCED ->
                amount == null ? message("offer.cost.UITPAS_REDUCED") : message("offer.page.cost.uitpas", euro(amount));
        };
    }

    String euro(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(new Locale.Builder()
                .setLanguage(locale.getLanguage())
                .setRegion("BE")
                .build());
        return format.format(amount);
    }

    /** Monday first; a day's hours at one place name that place when the offer has more than one. */
    List<DayHours> openingHours(List<OpeningHours> hours, List<Place> places) {
        Map<UUID, Place> byId = places.stream().collect(Collectors.toMap(Place::id, Function.identity()));
        Map<DayOfWeek, List<String>> days = new LinkedHashMap<>();
        hours.stream()
                .sorted((a, b) -> a.day() != b.day()
                        ? a.day().compareTo(b.day())
                        : a.opens().compareTo(b.opens()))
                .forEach(open -> {
                    String times = period(open.opens(), open.closes());
                    Place place = open.placeId() == null ? null : byId.get(open.placeId());
                    if (place != null && place.name() != null && places.size() > 1) {
                        times = message("offer.page.hours.at", times, place.name());
                    }
                    days.computeIfAbsent(open.day(), day -> new ArrayList<>()).add(times);
                });
        return days.entrySet().stream()
                .map(day ->
                        new DayHours(capitalised(day.getKey().getDisplayName(TextStyle.FULL, locale)), day.getValue()))
                .toList();
    }

    /** The closures that are not over yet, the earliest first. */
    List<ClosureLine> closures(List<Closure> closures, LocalDate today) {
        return closures.stream()
                .filter(closure -> !closure.to().isBefore(today))
                .sorted((a, b) -> a.from().compareTo(b.from()))
                .map(closure -> new ClosureLine(
                        closure.from().equals(closure.to())
                                ? message("offer.page.closed-on", date(closure.from()))
                                : message("offer.page.closed-from-to", date(closure.from()), date(closure.to())),
                        closure.note()))
                .toList();
    }

    SessionLine session(SessionView session, @Nullable Place place) {
        ZonedDateTime starts = session.startsAt().atZone(SessionOccurrences.BELGIUM);
        ZonedDateTime ends = session.endsAt().atZone(SessionOccurrences.BELGIUM);
        Integer left = session.placesLeft();
        boolean full = left != null && left <= 0;
        String places = left == null
                ? null
                : full ? message("offer.page.session.full") : message("offer.page.session.places-left", left);
        return new SessionLine(
                capitalised(date(starts.toLocalDate())),
                period(starts.toLocalTime(), ends.toLocalTime()),
                place == null ? null : place.name(),
                places,
                full);
    }

    String date(LocalDate day) {
        return date.format(day);
    }

    private String period(LocalTime from, LocalTime to) {
        return message("offer.page.time-range", TIME.format(from), TIME.format(to));
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
