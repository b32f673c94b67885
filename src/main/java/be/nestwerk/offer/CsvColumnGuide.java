package be.nestwerk.offer;

import be.nestwerk.network.EssentialFunction;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The description of every column for the import page, with the codes a column accepts and what they mean. */
@Component
class CsvColumnGuide {

    record Column(String name, boolean required, List<Choice> choices) {

        /** The codes are languages, and each label is the language's own name, written in it. */
        public boolean languageChoices() {
            return name.equals("translations") || name.equals("languages");
        }
    }

    record Choice(String code, String label) {}

    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of(
            "kind", OfferKind.class,
            "status", OfferStatus.class,
            "pillars", Pillar.class,
            "functions", SupportFunction.class,
            "life_domains", LifeDomain.class,
            "audiences", Audience.class,
            "cost_kind", CostKind.class,
            "access_modes", AccessMode.class,
            "essential_functions", EssentialFunction.class);
    private static final Map<String, String> LABELS = Map.of(
            "kind", "offer.kind.",
            "status", "offer.status.",
            "pillars", "offer.pillar.",
            "functions", "offer.function.",
            "life_domains", "offer.domain.",
            "audiences", "offer.audience.",
            "cost_kind", "offer.cost.",
            "access_modes", "offer.access.",
            "essential_functions", "partner.essential-function.");

    private final MessageSource messages;

    CsvColumnGuide(MessageSource messages) {
        this.messages = messages;
    }

    /** The Dutch text columns, the other languages' columns as one entry ("translations"), then the rest. */
    List<Column> columns(Locale locale) {
        Stream<Column> texts = CsvColumns.TEXTS.stream()
                .map(part -> CsvColumns.text(part, ContentLanguage.DUTCH))
                .map(name -> new Column(name, CsvColumns.REQUIRED.contains(name), List.of()));
        Stream<Column> translations = Stream.of(new Column("translations", false, languages()));
        Stream<Column> others = CsvColumns.OTHERS.stream()
                .map(name -> new Column(name, CsvColumns.REQUIRED.contains(name), choices(name, locale)));
        return Stream.of(texts, translations, others).flatMap(s -> s).toList();
    }

    private List<Choice> choices(String column, Locale locale) {
        if (column.equals("languages")) {
            return languages();
        }
        Class<? extends Enum<?>> type = ENUMS.get(column);
        if (type == null) {
            return List.of();
        }
        return Stream.of(type.getEnumConstants())
                .map(value ->
                        new Choice(value.name(), messages.getMessage(LABELS.get(column) + value.name(), null, locale)))
                .toList();
    }

    private static List<Choice> languages() {
        return ContentLanguage.ALL.stream()
                .map(code -> new Choice(code, ContentLanguage.nativeName(code)))
                .toList();
    }
}
