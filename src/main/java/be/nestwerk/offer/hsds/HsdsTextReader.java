package be.nestwerk.offer.hsds;

import static be.nestwerk.offer.hsds.HsdsDataset.text;

import be.nestwerk.offer.ContentLanguage;
import be.nestwerk.offer.OfferContent.OfferText;
import be.nestwerk.offer.hsds.HsdsDataset.ServiceRecord;
import be.nestwerk.offer.hsds.HsdsImportReport.Note;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The texts of an imported service, per language: HSDS's own fields in the language chosen at upload (description
 * with eligibility and alert, application process, required documents, fees, transportation), the translation
 * attributes for the others. Without a Dutch text, the chosen language's texts are copied as Dutch, with a warning.
 */
final class HsdsTextReader {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 8_000;

    private HsdsTextReader() {}

    static Map<String, OfferText> texts(
            ServiceRecord record,
            @Nullable String transportation,
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
        put(main, TranslatedField.GETTING_THERE, transportation);
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
}
