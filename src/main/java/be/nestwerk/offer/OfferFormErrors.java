package be.nestwerk.offer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * What is wrong with a filled-in offer form, in words, per field of the form: the problems of reading the form and
 * the content's own problems, whose fields ({@code texts[nl].name}, {@code ages}, {@code sessions[1].recurrence}) are
 * mapped to the form's. A content problem in a row that could not even be read is left out: it would only repeat it.
 * Also gives every field the id that its error summary link points to.
 */
final class OfferFormErrors {

    /** One line of the error summary: the message and the id of the field it links to. */
    record Line(String anchor, String text) {}

    private static final Pattern TEXT_FIELD = Pattern.compile("texts\\[([a-z]{2,3})](.*)");
    private static final Pattern RECURRENCE = Pattern.compile("sessions\\[([0-9]+)]\\.recurrence");
    private static final Pattern INDEX = Pattern.compile("\\[([0-9]+)]");
    private static final Pattern PATH = Pattern.compile("([a-zA-Z]+)(?:\\[([0-9]+)])?(?:\\.([a-zA-Z]+))?");
    /** The label of a row's field where it is not "offer.editor.field." + the field's own name. */
    private static final Map<String, String> FIELD_LABELS = Map.of(
            "costs.kind", "costKind",
            "openingHours.place", "hoursPlace",
            "sessions.place", "sessionPlace",
            "places.name", "placeName",
            "closures.from", "closedFrom",
            "closures.to", "closedTo",
            "closures.note", "closureNote",
            "sessions.repeat", "repeatChoice");

    private static final Map<String, String> ROW_LABELS = Map.of(
            "costs", "offer.editor.costs.row",
            "places", "offer.editor.places.row",
            "openingHours", "offer.editor.hours.row",
            "closures", "offer.editor.closures.row",
            "sessions", "offer.editor.sessions.row");
    /** The order of the form, for the summary. */
    private static final List<String> ORDER = List.of(
            "organisation",
            "kind",
            "status",
            "texts",
            "pillars",
            "supportFunctions",
            "essentialFunctions",
            "lifeDomains",
            "taxonomyTerms",
            "ageFrom",
            "ageTo",
            "audiences",
            "universal",
            "languages",
            "costs",
            "accessModes",
            "email",
            "phone",
            "website",
            "registrationUrl",
            "places",
            "openingHours",
            "closures",
            "sessions");

    private final Map<String, List<String>> byField;
    private final List<Line> summary;

    private OfferFormErrors(Map<String, List<String>> byField, List<Line> summary) {
        this.byField = byField;
        this.summary = summary;
    }

    static OfferFormErrors none() {
        return new OfferFormErrors(Map.of(), List.of());
    }

    static OfferFormErrors of(
            List<ContentProblem> formProblems,
            List<ContentProblem> contentProblems,
            OfferForm form,
            MessageSource messages,
            Locale locale) {
        Set<String> unreadable =
                formProblems.stream().map(problem -> root(problem.field())).collect(Collectors.toSet());
        List<ContentProblem> all = new ArrayList<>(formProblems);
        contentProblems.stream()
                .map(problem ->
                        new ContentProblem(formField(problem.field(), form), problem.messageKey(), problem.arguments()))
                .filter(problem -> !unreadable.contains(root(problem.field())))
                .forEach(all::add);
        all.sort(Comparator.comparingInt((ContentProblem problem) -> rank(problem.field()))
                .thenComparingInt(problem -> index(problem.field())));
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<Line> summary = new ArrayList<>();
        for (ContentProblem problem : all) {
            String text = messages.getMessage(
                    problem.messageKey(), problem.arguments().toArray(), locale);
            List<String> texts = byField.computeIfAbsent(problem.field(), field -> new ArrayList<>());
            if (!texts.contains(text)) {
                texts.add(text);
                String label = label(problem.field(), form, messages, locale);
                summary.add(new Line(
                        idOf(problem.field()),
                        label == null
                                ? text
                                : messages.getMessage("offer.editor.problem.at", new Object[] {label, text}, locale)));
            }
        }
        return new OfferFormErrors(byField, List.copyOf(summary));
    }

    /** The id of a form field's element: {@code places[0].postcode} is {@code places-0-postcode}. */
    public String id(String field) {
        return idOf(field);
    }

    static String idOf(String field) {
        return field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The messages of one field, as one text. */
    public String text(String field) {
        return String.join(" ", byField.getOrDefault(field, List.of()));
    }

    /** The ids of the hint and the messages that describe a field, or null when there are none. */
    public @Nullable String describedBy(String field, boolean hasHint) {
        String id = idOf(field);
        String ids = ((hasHint ? id + "-hint " : "") + (has(field) ? id + "-error" : "")).strip();
        return ids.isEmpty() ? null : ids;
    }

    /** The summary on top: each message with the field's label (and row), linking to the field. */
    public List<Line> summary() {
        return summary;
    }

    /** "Plaats 1, Postcode" for {@code places[0].postcode}; null for a field without a label of its own. */
    private static @Nullable String label(String field, OfferForm form, MessageSource messages, Locale locale) {
        Matcher path = PATH.matcher(field);
        if (!path.matches()) {
            return null;
        }
        String section = path.group(1);
        String leaf = path.group(3);
        List<String> parts = new ArrayList<>();
        if (path.group(2) != null) {
            int index = Integer.parseInt(path.group(2));
            if (section.equals("texts")) {
                if (index < form.getTexts().size()) {
                    parts.add(form.getTexts().get(index).nativeName());
                }
            } else if (ROW_LABELS.containsKey(section)) {
                parts.add(messages.getMessage(ROW_LABELS.get(section), new Object[] {index + 1}, locale));
            }
        }
        String own = leaf == null
                ? (path.group(2) == null ? section : null)
                : FIELD_LABELS.getOrDefault(section + "." + leaf, leaf);
        if (own != null) {
            String text = messages.getMessage("offer.editor.field." + own, null, null, locale);
            if (text != null) {
                parts.add(text);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** The content's name for a field, in the form's words. */
    static String formField(String field, OfferForm form) {
        Matcher text = TEXT_FIELD.matcher(field);
        if (text.matches()) {
            List<OfferFormText> texts = form.getTexts();
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i).getLanguage().equals(text.group(1))) {
                    return "texts[" + i + "]" + text.group(2);
                }
            }
            return "texts";
        }
        Matcher recurrence = RECURRENCE.matcher(field);
        if (recurrence.matches()) {
            int index = Integer.parseInt(recurrence.group(1));
            boolean advanced = index < form.getSessions().size()
                    && SessionRepeat.ADVANCED
                            .name()
                            .equals(form.getSessions().get(index).getRepeat());
            return "sessions[" + index + "]." + (advanced ? "rule" : "repeat");
        }
        return field.equals("ages") ? "ageFrom" : field;
    }

    /** The row (or field) a field belongs to: {@code places[0]} for {@code places[0].postcode}. */
    private static String root(String field) {
        int dot = field.indexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }

    private static int rank(String field) {
        String section = field.replaceAll("[\\[.].*", "");
        int rank = ORDER.indexOf(section);
        return rank < 0 ? ORDER.size() : rank;
    }

    private static int index(String field) {
        Matcher index = INDEX.matcher(field);
        return index.find() ? Integer.parseInt(index.group(1)) : -1;
    }
}
