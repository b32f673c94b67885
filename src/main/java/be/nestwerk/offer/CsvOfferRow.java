package be.nestwerk.offer;

import be.nestwerk.offer.CsvOfferFile.Row;
import be.nestwerk.offer.ImportReport.Problem;
import be.nestwerk.offer.OfferContent.AgeRange;
import be.nestwerk.offer.OfferContent.Contact;
import be.nestwerk.offer.OfferContent.Cost;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.OfferContent.Place;
import be.nestwerk.offer.OfferContent.SessionSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One spreadsheet row read as an offer's content. What cannot be read (an unknown value, a date that is not one) is
 * a problem named by its column; the content rules' problems, named by field, are translated back to columns too.
 */
final class CsvOfferRow {

    private final Row row;
    private final CsvCells cells;
    private final List<String> costColumns = new ArrayList<>();
    private final @Nullable OfferContent content;

    private CsvOfferRow(Row row) {
        this.row = row;
        this.cells = new CsvCells(row);
        OfferContent read = content();
        this.content = cells.problems().isEmpty() ? read : null;
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
        return cells.problems();
    }

    /** The content rules' problems, each named by the columns it concerns. */
    List<Problem> explain(List<ContentProblem> contentProblems) {
        return contentProblems.stream()
                .map(problem -> new Problem(columnsOf(problem), problem.messageKey(), problem.arguments()))
                .toList();
    }

    private OfferContent content() {
        if (!row.has("kind")) {
            cells.problem("kind", "offer.import.problem.required");
        }
        OfferKind kind = cells.one("kind", OfferKind.class);
        UUID placeId = UUID.randomUUID();
        List<Place> places = place(placeId);
        return new OfferContent(
                kind == null ? OfferKind.SERVICE : kind,
                orElse(cells.one("status", OfferStatus.class), OfferStatus.ACTIVE),
                texts(),
                cells.many("pillars", Pillar.class),
                cells.many("functions", SupportFunction.class),
                cells.codes("essential_functions", true),
                cells.many("life_domains", LifeDomain.class),
                cells.codes("taxonomy_terms", false),
                new AgeRange(
                        orElse(cells.integer("age_from_months"), AgeRange.PREGNANCY),
                        orElse(cells.integer("age_to_months"), AgeRange.TWENTY_FOUR_YEARS)),
                cells.many("audiences", Audience.class),
                cells.bool("universal", true),
                cells.codes("languages", false).stream()
                        .map(code -> code.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet()),
                cells.bool("interpreter", false),
                costs(),
                cells.many("access_modes", AccessMode.class),
                new Contact(
                        cells.text("email"),
                        cells.text("phone"),
                        cells.text("website"),
                        cells.text("registration_url")),
                cells.bool("online", false),
                cells.bool("by_phone", false),
                places,
                cells.openingHours("opening_hours"),
                List.of(),
                sessions(places.isEmpty() ? null : placeId));
    }

    private Map<String, OfferText> texts() {
        Map<String, OfferText> texts = new LinkedHashMap<>();
        for (String language : ContentLanguage.ALL) {
            List<@Nullable String> parts = CsvColumns.TEXTS.stream()
                    .map(part -> cells.text(CsvColumns.text(part, language)))
                    .toList();
            boolean dutch = language.equals(ContentLanguage.DUTCH);
            if (!dutch && parts.stream().allMatch(part -> part == null)) {
                continue;
            }
            String name = parts.get(0);
            if (name == null && !dutch) {
                cells.problem(CsvColumns.text("name", language), "offer.import.problem.translationName");
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
        CostKind kind = cells.one("cost_kind", CostKind.class);
        BigDecimal amount = cells.amount("cost_amount");
        BigDecimal maximum = cells.amount("cost_maximum");
        if (kind != null) {
            costs.add(new Cost(kind, amount, maximum));
            costColumns.add("cost_kind, cost_amount, cost_maximum");
        } else if (row.has("cost_amount") || row.has("cost_maximum")) {
            cells.problem("cost_kind", "offer.import.problem.required");
        }
        BigDecimal uitpas = cells.amount("uitpas_amount");
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
        String postcode = cells.text("place_postcode");
        if (postcode == null) {
            cells.problem("place_postcode", "offer.import.problem.required");
        }
        return List.of(new Place(
                id,
                cells.text("place_name"),
                cells.text("place_street"),
                postcode == null ? "" : postcode,
                null,
                null,
                null,
                null,
                null,
                cells.bool("place_wheelchair", false),
                cells.bool("place_confidential", false)));
    }

    private List<SessionSeries> sessions(@Nullable UUID placeId) {
        if (CsvColumns.SESSION.stream().noneMatch(row::has)) {
            return List.of();
        }
        LocalDate date = cells.date("session_date");
        LocalTime starts = cells.time("session_start");
        LocalTime ends = cells.time("session_end");
        Integer capacity = cells.integer("session_capacity");
        Integer placesLeft = cells.integer("session_places_left");
        if (date == null || starts == null || ends == null) {
            return List.of();
        }
        return List.of(new SessionSeries(
                UUID.randomUUID(),
                placeId,
                date,
                starts,
                ends,
                cells.text("session_rrule"),
                capacity,
                placesLeft,
                null,
                null));
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
