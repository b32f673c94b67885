package be.nestwerk.offer;

import be.nestwerk.network.EssentialFunction;
import be.nestwerk.offer.OfferTaxonomy.Term;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the offer editor offers to choose from. The 385 Open Eligibility terms are grouped by their top-level term
 * (one {@code <details>} each), in the two branches of the taxonomy: services and situations.
 */
@Component
class OfferEditorChoices {

    /** A top-level term and, in tree order, itself and every term below it. */
    record TermGroup(Term top, List<Term> terms) {

        public List<String> ids() {
            return terms.stream().map(Term::id).toList();
        }
    }

    private final OfferTaxonomy taxonomy;
    private final Map<String, List<TermGroup>> groupsByBranch;

    OfferEditorChoices(OfferTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        this.groupsByBranch = group(taxonomy.terms());
    }

    /** The (English) title of a taxonomy term, or its id when the term is unknown. */
    public String termTitle(String id) {
        return taxonomy.term(id).map(Term::title).orElse(id);
    }

    /** How a session repeats, in the editor's choices. */
    public SessionRepeat.Repetition repetition(OfferContent.SessionSeries session) {
        return SessionRepeat.of(session.recurrence(), session.date());
    }

    /** The taxonomy's branches ("services", "situations") with their groups. */
    public Map<String, List<TermGroup>> taxonomy() {
        return groupsByBranch;
    }

    public OfferKind[] kinds() {
        return OfferKind.values();
    }

    public OfferStatus[] statuses() {
        return OfferStatus.values();
    }

    public Pillar[] pillars() {
        return Pillar.values();
    }

    public SupportFunction[] supportFunctions() {
        return SupportFunction.values();
    }

    public EssentialFunction[] essentialFunctions() {
        return EssentialFunction.values();
    }

    public LifeDomain[] lifeDomains() {
        return LifeDomain.values();
    }

    public Audience[] audiences() {
        return Audience.values();
    }

    public CostKind[] costKinds() {
        return CostKind.values();
    }

    public AccessMode[] accessModes() {
        return AccessMode.values();
    }

    public DayOfWeek[] days() {
        return DayOfWeek.values();
    }

    public SessionRepeat[] repeats() {
        return SessionRepeat.values();
    }

    public List<String> languages() {
        return ContentLanguage.ALL;
    }

    public String nativeName(String language) {
        return ContentLanguage.nativeName(language);
    }

    private static Map<String, List<TermGroup>> group(List<Term> terms) {
        Map<String, List<Term>> children = new LinkedHashMap<>();
        terms.stream()
                .filter(term -> term.parentId() != null)
                .forEach(term -> children.computeIfAbsent(term.parentId(), parent -> new ArrayList<>())
                        .add(term));
        Map<String, List<TermGroup>> branches = new LinkedHashMap<>();
        terms.stream().filter(term -> term.parentId() == null).forEach(top -> {
            List<Term> tree = new ArrayList<>();
            addTree(top, children, tree);
            branches.computeIfAbsent(top.branch(), branch -> new ArrayList<>()).add(new TermGroup(top, tree));
        });
        branches.replaceAll((branch, groups) -> List.copyOf(groups));
        return Collections.unmodifiableMap(branches);
    }

    private static void addTree(Term term, Map<String, List<Term>> children, List<Term> tree) {
        tree.add(term);
        children.getOrDefault(term.id(), List.of()).forEach(child -> addTree(child, children, tree));
    }
}
