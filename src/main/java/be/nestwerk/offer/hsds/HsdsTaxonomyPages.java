package be.nestwerk.offer.hsds;

import be.nestwerk.offer.hsds.HsdsTaxonomies.Term;
import be.nestwerk.offer.hsds.HsdsTaxonomies.Vocabulary;
import be.nestwerk.platform.web.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The taxonomies and their terms as HSDS lists, from memory. {@code taxonomy_id} and {@code parent_id} narrow the
 * terms; {@code top_only=true} keeps the terms without a parent; {@code search} looks in code and name.
 */
@Component
class HsdsTaxonomyPages {

    private final HsdsTaxonomies taxonomies;

    HsdsTaxonomyPages(HsdsTaxonomies taxonomies) {
        this.taxonomies = taxonomies;
    }

    Hsds.Page<Hsds.Taxonomy> taxonomies(Map<String, String> parameters, HsdsLanguage language) {
        HsdsParameters.format(parameters.get("format"));
        String search = HsdsParameters.search(parameters.get("search"));
        HsdsPaging paging = HsdsPaging.of(parameters.get("page"), parameters.get("per_page"));
        List<Hsds.Taxonomy> all = taxonomies.vocabularies().stream()
                .map(vocabulary -> taxonomies.taxonomy(vocabulary, language.messageLocale()))
                .filter(taxonomy ->
                        search == null || matches(search, taxonomy.name()) || matches(search, taxonomy.description()))
                .toList();
        return page(all, paging);
    }

    Hsds.Taxonomy taxonomy(UUID id, HsdsLanguage language) {
        Vocabulary vocabulary = taxonomies.vocabulary(id).orElseThrow(() -> new NotFoundException("taxonomy"));
        return taxonomies.taxonomy(vocabulary, language.messageLocale());
    }

    Hsds.Page<Hsds.TaxonomyTerm> terms(Map<String, String> parameters, HsdsLanguage language) {
        HsdsParameters.format(parameters.get("format"));
        String search = HsdsParameters.search(parameters.get("search"));
        HsdsPaging paging = HsdsPaging.of(parameters.get("page"), parameters.get("per_page"));
        UUID taxonomyId = HsdsParameters.uuid("taxonomy_id", parameters.get("taxonomy_id"));
        UUID parentId = HsdsParameters.uuid("parent_id", parameters.get("parent_id"));
        boolean topOnly = HsdsParameters.bool("top_only", parameters.get("top_only"));
        Predicate<Term> wanted =
                term -> (taxonomyId == null || term.vocabulary().id().equals(taxonomyId))
                        && (parentId == null || parentId.equals(term.parentId()))
                        && (!topOnly || term.parentId() == null);
        List<Hsds.TaxonomyTerm> all = taxonomies.terms().stream()
                .filter(wanted)
                .map(term -> taxonomies.taxonomyTerm(term, language.messageLocale(), true))
                .filter(term -> search == null || matches(search, term.code()) || matches(search, term.name()))
                .toList();
        return page(all, paging);
    }

    Hsds.TaxonomyTerm term(UUID id, HsdsLanguage language) {
        Term term = taxonomies.term(id).orElseThrow(() -> new NotFoundException("taxonomy_term"));
        return taxonomies.taxonomyTerm(term, language.messageLocale(), true);
    }

    private static boolean matches(String search, String text) {
        return HsdsCatalogue.fold(text).contains(HsdsCatalogue.fold(search));
    }

    private static <T> Hsds.Page<T> page(List<T> all, HsdsPaging paging) {
        int from = (int) Math.min(paging.offset(), all.size());
        return Hsds.Page.of(all.subList(from, Math.min(from + paging.perPage(), all.size())), paging, all.size());
    }
}
