package be.nestwerk.offer;

import be.nestwerk.offer.CsvOfferFile.Row;
import be.nestwerk.offer.ImportReport.Problem;
import be.nestwerk.offer.OfferContent.AgeRange;
import be.nestwerk.offer.OfferContent.Contact;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.OpeningHours;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferContent.SessionSeries;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One spreadsheet row read as an offer's content. What cannot be read (an unknown value, a date that is not one) is
 * a problem named by its column; the content rules' problems, named by field, are translated back to columns too.
 */
final class CsvOfferRow {

    private static final Pattern SPLIT = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,7}([.,]\\d{1,2})?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,6}");
    private static final Pattern HOURS =
            Pattern.compile("(MO|TU|WE|TH|FR|SA|SU)\\s+(\\d{1,2}[:.]\\d{2})\\s*[-–]\\s*(\\d{1,2}[:.]\\d{2})");
    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "MO", DayOfWeek.MONDAY,
            "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY,
            "TH", DayOfWeek.THURSDAY,
            "FR", DayOfWeek.FRIDAY,
            "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);
    private static final Set<String> YES = Set.of("ja", "yes", "oui", "true", "1");
    private static final Set<String> NO = Set.of("nee", "no", "non", "false", "0");
    private static final List<DateTimeFormatter> DATES = Stream.of("uuuu-MM-dd", "d/M/uuuu", "d-M-uuuu")
            .map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
            .toList();

    private final Row row;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> costColumns = new ArrayList<>();
    private final @Nullable OfferContent content;

    private CsvOfferRow(Row row) {
        this.row = row;
        OfferContent read = content();
        this.content = problems.isEmpty() ? read : null;
    }

    static CsvOfferRow read(Row row) {
        return new CsvOfferRow(row);
    }

    int number() {
        return row.number();
    }

    String name() {
        return row.value(CsvColumns.text("name", ContentLanguage.DUTCH));
    }

    /** The content, or null when the row could not be read (see {@link #problems()}). */
    @Nullable
    OfferContent offer() {
        return content;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The content rules' problems, each named by the columns it concerns. */
    List<Problem> explain(List<ContentProblem> contentProblems) {
        return contentProblems.stream()
                .map(problem -> new Problem(columnsOf(problem), problem.messageKey(), problem.arguments()))
                .toList();
    }

    private OfferContent content() {
        if (!row.has("kind")) {
            problem("kind", "offer.import.problem.required");
        }
        OfferKind kind = one("kind", OfferKind.class);
        UUID placeId = UUID.randomUUID();
        List<Place> places = place(placeId);
        return new OfferContent(
                kind == null ? OfferKind.SERVICE : kind,
                orElse(one("status", OfferStatus.class), OfferStatus.ACTIVE),
                texts(),
                many("pillars", Pillar.class),
                many("functions", SupportFunction.class),
                codes("essential_functions", true),
                many("life_domains", LifeDomain.class),
                codes("taxonomy_terms", false),
                new AgeRange(
                        orElse(integer("age_from_months"), AgeRange.PREGNANCY),
                        orElse(integer("age_to_months"), AgeRange.TWENTY_FOUR_YEARS)),
                many("audiences", Audience.class),
                bool("universal", true),
                codes("languages", false).stream()
                        .map(code -> code.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet()),
                bool("interpreter", false),
                costs(),
                many("access_modes", AccessMode.class),
                new Contact(text("email"), text("phone"), text("website"), text("registration_url")),
                bool("online", false),
                bool("by_phone", false),
                places,
                openingHours(),
                List.of(),
                sessions(places.isEmpty() ? null : placeId));
    }

    private Map<String, OfferText> texts() {
        Map<String, OfferText> texts = new LinkedHashMap<>();
        for (String language : ContentLanguage.ALL) {
            List<@Nullable String> parts = CsvColumns.TEXTS.stream()
                    .map(part -> text(CsvColumns.text(part, language)))
                    .toList();
            boolean dutch = language.equals(ContentLanguage.DUTCH);
            if (!dutch && parts.stream().allMatch(part -> part == null)) {
                continue;
            }
            String name = parts.get(0);
            if (name == null && !dutch) {
                problem(CsvColumns.text("name", language), "offer.import.problem.translationName");
                continue;
            }
            texts.put(
                    language,
                    new OfferText(
                            name == null ? "" : name,
                            parts.get(1),
                            parts.get(2),
                            parts.get(3),
                            parts.get(4),
                            parts.get(5),
                            parts.get(6)));
        }
        return texts;
    }

    private List<Cost> costs() {
        List<Cost> costs = new ArrayList<>();
        CostKind kind = one("cost_kind", CostKind.class);
        BigDecimal amount = amount("cost_amount");
        BigDecimal maximum = amount("cost_maximum");
        if (kind != null) {
            costs.add(new Cost(kind, amount, maximum));
            costColumns.add("cost_kind, cost_amount, cost_maximum");
        } else if (row.has("cost_amount") || row.has("cost_maximum")) {
            problem("cost_kind", "offer.import.problem.required");
        }
        BigDecimal uitpas = amount("uitpas_amount");
        if (uitpas != null) {
            costs.add(new Cost(CostKind.UITPAS_REDUCED, uitpas, null));
            costColumns.add("uitpas_amount");
        }
        return costs;
    }

    private List<Place> place(UUID id) {
        if (CsvColumns.PLACE.stream().noneMatch(row::has)) {
            return List.of();
        }
        String postcode = text("place_postcode");
        if (postcode == null) {
            problem("place_postcode", "offer.import.problem.required");
        }
        return List.of(new Place(
                id,
                text("place_name"),
                text("place_street"),
                postcode == null ? "" : postcode,
                null,
                null,
                null,
                null,
                null,
                bool("place_wheelchair", false),
                bool("place_confidential", false)));
    }

    private List<OpeningHours> openingHours() {
        List<OpeningHours> hours = new ArrayList<>();
        for (String slot : list("opening_hours")) {
            Matcher matcher = HOURS.matcher(slot.toUpperCase(Locale.ROOT));
            LocalTime opens = matcher.matches() ? parseTime(matcher.group(2)) : null;
            LocalTime closes = matcher.matches() ? parseTime(matcher.group(3)) : null;
            if (opens == null || closes == null) {
                problem("opening_hours", "offer.import.problem.openingHours", slot);
            } else {
                hours.add(new OpeningHours(null, DAYS.get(matcher.group(1)), opens, closes));
            }
        }
        return hours;
    }

    private List<SessionSeries> sessions(@Nullable UUID placeId) {
        if (CsvColumns.SESSION.stream().noneMatch(row::has)) {
            return List.of();
        }
        LocalDate date = date("session_date");
        LocalTime starts = time("session_start");
        LocalTime ends = time("session_end");
        Integer capacity = integer("session_capacity");
        Integer placesLeft = integer("session_places_left");
        if (date == null || starts == null || ends == null) {
            return List.of();
        }
        return List.of(new SessionSeries(
                UUID.randomUUID(),
                placeId,
                date,
                starts,
                ends,
                text("session_rrule"),
                capacity,
                placesLeft,
                null,
                null));
    }

    private @Nullable String text(String column) {
        return row.has(column) ? row.value(column) : null;
    }

    private List<String> list(String column) {
        return row.has(column)
                ? Arrays.stream(SPLIT.split(row.value(column)))
                        .filter(value -> !value.isBlank())
                        .toList()
                : List.of();
    }

    private Set<String> codes(String column, boolean upperCase) {
        return list(column).stream()
                .map(code -> upperCase ? code.toUpperCase(Locale.ROOT) : code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The column's one value, or null when it is empty or cannot be read (a problem then says why). */
    private <E extends Enum<E>> @Nullable E one(String column, Class<E> type) {
        return row.has(column) ? parse(column, row.value(column), type) : null;
    }

    private <E extends Enum<E>> Set<E> many(String column, Class<E> type) {
        Set<E> values = new LinkedHashSet<>();
        for (String value : list(column)) {
            E parsed = parse(column, value, type);
            if (parsed != null) {
                values.add(parsed);
            }
        }
        return values;
    }

    private <E extends Enum<E>> @Nullable E parse(String column, String value, Class<E> type) {
        String code = value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return constant;
            }
        }
        problem(
                column,
                "offer.import.problem.value",
                value,
                Stream.of(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    private boolean bool(String column, boolean absent) {
        if (!row.has(column)) {
            return absent;
        }
        String value = row.value(column).toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        problem(column, "offer.import.problem.yesNo", row.value(column));
        return absent;
    }

    private @Nullable Integer integer(String column) {
        if (!row.has(column)) {
            return null;
        }
        String value = row.value(column);
        if (!INTEGER.matcher(value).matches()) {
            problem(column, "offer.import.problem.integer", value);
            return null;
        }
        return Integer.valueOf(value);
    }

    private @Nullable BigDecimal amount(String column) {
        if (!row.has(column)) {
            return null;
        }
        String value = row.value(column).replace("€", "").strip();
        if (!AMOUNT.matcher(value).matches()) {
            problem(column, "offer.import.problem.amount", row.value(column));
            return null;
        }
        return new BigDecimal(value.replace(',', '.'));
    }

    private @Nullable LocalDate date(String column) {
        if (!row.has(column)) {
            problem(column, "offer.import.problem.required");
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(row.value(column), format);
            } catch (DateTimeParseException next) {
                // try the next way of writing a date
            }
        }
        problem(column, "offer.import.problem.date", row.value(column));
        return null;
    }

    private @Nullable LocalTime time(String column) {
        if (!row.has(column)) {
            problem(column, "offer.import.problem.required");
            return null;
        }
        LocalTime time = parseTime(row.value(column));
        if (time == null) {
            problem(column, "offer.import.problem.time", row.value(column));
        }
        return time;
    }

    /** "9:30", "09.30" or "09:30:00", as spreadsheets write times. */
    private static @Nullable LocalTime parseTime(String value) {
        Matcher matcher = Pattern.compile("(\\d{1,2})[:.](\\d{2})(:00)?").matcher(value.strip());
        if (!matcher.matches()) {
            return null;
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    private void problem(String column, String messageKey, Object... arguments) {
        problems.add(new Problem(column, messageKey, List.of(arguments)));
    }

    private static <T> T orElse(@Nullable T value, T absent) {
        return value == null ? absent : value;
    }

    private String columnsOf(ContentProblem problem) {
        String field = problem.field();
        String key = problem.messageKey();
        if (field.startsWith("texts[")) {
            String language = field.substring("texts[".length(), field.indexOf(']'));
            return field.endsWith(".name")
                    ? CsvColumns.text("name", language)
                    : CsvColumns.TEXTS.stream()
                            .skip(1)
                            .map(part -> CsvColumns.text(part, language))
                            .collect(Collectors.joining(", "));
        }
        if (field.startsWith("costs[")) {
            int index = Integer.parseInt(field.substring("costs[".length(), field.indexOf(']')));
            return index < costColumns.size() ? costColumns.get(index) : "cost_kind";
        }
        if (field.startsWith("places[")) {
            return "place_postcode";
        }
        if (field.startsWith("openingHours")) {
            return "opening_hours";
        }
        if (field.startsWith("sessions[")) {
            if (field.endsWith(".recurrence")) {
                return "session_rrule";
            }
            if (key.startsWith("offer.problem.places.")) {
                return "session_capacity, session_places_left";
            }
            return key.equals("offer.problem.time.order") ? "session_start, session_end" : "session_date";
        }
        return switch (field) {
            case "ages" -> "age_from_months, age_to_months";
            case "essentialFunctions" -> "essential_functions";
            case "taxonomyTerms" -> "taxonomy_terms";
            case "places" -> "place_postcode, online, by_phone";
            case "sessions" -> "kind, session_date";
            default -> field;
        };
    }
}
