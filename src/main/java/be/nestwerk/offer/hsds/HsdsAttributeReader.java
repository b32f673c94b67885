package be.nestwerk.offer.hsds;

import static be.nestwerk.offer.hsds.HsdsDataset.text;

import be.nestwerk.offer.AccessMode;
import be.nestwerk.offer.Audience;
import be.nestwerk.offer.LifeDomain;
import be.nestwerk.offer.Pillar;
import be.nestwerk.offer.SupportFunction;
import be.nestwerk.offer.hsds.HsdsImportReport.Note;
import be.nestwerk.offer.hsds.HsdsTaxonomies.Term;
import be.nestwerk.offer.hsds.HsdsTaxonomies.Vocabulary;
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
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads the attributes of an HSDS service back: the terms of our own taxonomies (as the API writes them) become the
 * offer's classification and translations; Open Eligibility terms of other datasets are recognised by taxonomy
 * name and code; any other term is left out with a warning.
 */
@Component
class HsdsAttributeReader {

    private final HsdsTaxonomies taxonomies;

    HsdsAttributeReader(HsdsTaxonomies taxonomies) {
        this.taxonomies = taxonomies;
    }

    /** What the attributes say: classifications, and texts per language and field. */
    record Classification(
            Set<Pillar> pillars,
            Set<SupportFunction> functions,
            Set<LifeDomain> domains,
            Set<Audience> audiences,
            Set<AccessMode> accessModes,
            Set<String> openEligibility,
            Map<String, Map<TranslatedField, String>> translations) {}

    /** Our taxonomy terms (by id), and Open Eligibility codes of other datasets (by taxonomy name and code). */
    Classification read(JsonNode attributes, List<Note> warnings) {
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
                    .map(HsdsAttributeReader::uuid)
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

    private static Optional<UUID> uuid(@Nullable String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
