package be.nestwerk.offer.hsds;

import be.nestwerk.offer.AccessMode;
import be.nestwerk.offer.Audience;
import be.nestwerk.offer.ContentLanguage;
import be.nestwerk.offer.LifeDomain;
import be.nestwerk.offer.OfferTaxonomy;
import be.nestwerk.offer.Pillar;
import be.nestwerk.offer.SupportFunction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The taxonomies the API classifies offers with: the Open Eligibility terms, our own lists (pillars,
 * parenting-support functions, life domains, audiences, ways of access), and the translation taxonomy whose terms ("name/fr") carry
 * the texts in the other languages. Ids are name-based UUIDs ("taxonomy/life-domain", "open-eligibility/1206"); the
 * upstream code stays in {@code code}.
 */
@Component
class HsdsTaxonomies {

    enum Vocabulary {
        OPEN_ELIGIBILITY("open-eligibility", "https://github.com/auntbertha/openeligibility", "2.0"),
        PILLAR("huis-van-het-kind-pillar", null, null),
        SUPPORT_FUNCTION("parenting-support-function", null, null),
        LIFE_DOMAIN("life-domain", null, null),
        AUDIENCE("audience", null, null),
        ACCESS_MODE("access-mode", null, null),
        TRANSLATION("nestwerk-translation", null, null);

        private final String code;
        private final @Nullable String uri;
        private final @Nullable String version;

        Vocabulary(String code, @Nullable String uri, @Nullable String version) {
            this.code = code;
            this.uri = uri;
            this.version = version;
        }

        String code() {
            return code;
        }

        UUID id() {
            return HsdsIds.of("taxonomy/" + code);
        }

        UUID termId(String termCode) {
            return HsdsIds.of(code + "/" + termCode);
        }
    }

    /** One term; for a translation term the code is "field/language", e.g. "description/fr". */
    record Term(
            UUID id,
            Vocabulary vocabulary,
            String code,
            @Nullable String parentCode) {

        @Nullable
        UUID parentId() {
            return parentCode == null ? null : vocabulary.termId(parentCode);
        }
    }

    private final OfferTaxonomy openEligibility;
    private final MessageSource messages;
    private final Map<UUID, Term> terms;
    private final Map<UUID, Vocabulary> vocabularies = new LinkedHashMap<>();

    HsdsTaxonomies(OfferTaxonomy openEligibility, MessageSource messages) {
        this.openEligibility = openEligibility;
        this.messages = messages;
        for (Vocabulary vocabulary : Vocabulary.values()) {
            vocabularies.put(vocabulary.id(), vocabulary);
        }
        Map<UUID, Term> all = new LinkedHashMap<>();
        openEligibility.terms().forEach(term -> add(all, Vocabulary.OPEN_ELIGIBILITY, term.id(), term.parentId()));
        Stream.of(Pillar.values()).forEach(value -> add(all, Vocabulary.PILLAR, value.name(), null));
        Stream.of(SupportFunction.values()).forEach(value -> add(all, Vocabulary.SUPPORT_FUNCTION, value.name(), null));
        Stream.of(LifeDomain.values()).forEach(value -> add(all, Vocabulary.LIFE_DOMAIN, value.name(), null));
        Stream.of(Audience.values()).forEach(value -> add(all, Vocabulary.AUDIENCE, value.name(), null));
        Stream.of(AccessMode.values()).forEach(value -> add(all, Vocabulary.ACCESS_MODE, value.name(), null));
        for (TranslatedField field : TranslatedField.values()) {
            ContentLanguage.ALL.forEach(
                    language -> add(all, Vocabulary.TRANSLATION, field.code() + "/" + language, null));
        }
        this.terms = Collections.unmodifiableMap(all);
    }

    private static void add(Map<UUID, Term> all, Vocabulary vocabulary, String code, @Nullable String parent) {
        Term term = new Term(vocabulary.termId(code), vocabulary, code, parent);
        all.putIfAbsent(term.id(), term);
    }

    List<Vocabulary> vocabularies() {
        return List.copyOf(vocabularies.values());
    }

    Optional<Vocabulary> vocabulary(UUID id) {
        return Optional.ofNullable(vocabularies.get(id));
    }

    List<Term> terms() {
        return List.copyOf(terms.values());
    }

    Optional<Term> term(UUID id) {
        return Optional.ofNullable(terms.get(id));
    }

    Term term(Vocabulary vocabulary, String code) {
        return find(vocabulary, code)
                .orElseThrow(() -> new IllegalArgumentException("No term " + code + " in " + vocabulary));
    }

    Optional<Term> find(Vocabulary vocabulary, String code) {
        return Optional.ofNullable(terms.get(vocabulary.termId(code)));
    }

    boolean hasChildren(Term term) {
        return terms.values().stream().anyMatch(other -> term.id().equals(other.parentId()));
    }

    /** The code of the term and of every term below it (an Open Eligibility term has children). */
    Set<String> codesWithDescendants(Term term) {
        Set<String> codes = new TreeSet<>();
        List<Term> next = new ArrayList<>(List.of(term));
        while (!next.isEmpty()) {
            Term current = next.remove(next.size() - 1);
            if (codes.add(current.code())) {
                terms.values().stream()
                        .filter(other -> current.id().equals(other.parentId()))
                        .forEach(next::add);
            }
        }
        return codes;
    }

    Hsds.Taxonomy taxonomy(Vocabulary vocabulary, Locale locale) {
        String key = "offer.hsds.taxonomy." + vocabulary.code();
        return new Hsds.Taxonomy(
                vocabulary.id(),
                message(key + ".name", locale),
                message(key + ".description", locale),
                vocabulary.uri,
                vocabulary.version);
    }

    Hsds.TaxonomyTerm taxonomyTerm(Term term, Locale locale, boolean withDetail) {
        Hsds.Taxonomy taxonomy = taxonomy(term.vocabulary(), locale);
        String name;
        String description;
        String language = null;
        switch (term.vocabulary()) {
            case OPEN_ELIGIBILITY -> {
                OfferTaxonomy.Term upstream = openEligibility.term(term.code()).orElseThrow();
                name = upstream.title();
                description = upstream.path();
                language = "en";
            }
            case TRANSLATION -> {
                String[] parts = term.code().split("/");
                String field =
                        message(TranslatedField.byCode(parts[0]).orElseThrow().messageKey(), locale);
                name = message("offer.hsds.translation.name", locale, field, ContentLanguage.nativeName(parts[1]));
                description = message(
                        "offer.hsds.translation.description",
                        locale,
                        field,
                        Locale.forLanguageTag(parts[1]).getDisplayLanguage(locale));
                language = parts[1];
            }
            default -> {
                name = message(labelKey(term), locale);
                description = message("offer.hsds.term.description", locale, taxonomy.name(), name);
            }
        }
        return new Hsds.TaxonomyTerm(
                term.id(),
                term.code(),
                name,
                description,
                term.parentId(),
                taxonomy.name(),
                withDetail ? taxonomy : null,
                language,
                taxonomy.id());
    }

    private static String labelKey(Term term) {
        return switch (term.vocabulary()) {
            case PILLAR -> "offer.pillar." + term.code();
            case SUPPORT_FUNCTION -> "offer.function." + term.code();
            case LIFE_DOMAIN -> "offer.domain." + term.code();
            case AUDIENCE -> "offer.audience." + term.code();
            case ACCESS_MODE -> "offer.access." + term.code();
            default -> throw new IllegalArgumentException(term.vocabulary().name());
        };
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
