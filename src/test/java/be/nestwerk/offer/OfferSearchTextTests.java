package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.offer.SearchCriteria.Near;
import be.nestwerk.offer.TextQuery.Term;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfferSearchTextTests {

    @Test
    void foldsAccentsAndCaseAndKeepsWordsOfThreeLettersOrMore() {
        assertThat(TextQuery.words("Crèche én KINDEROPVANG, 2 x baby's"))
                .containsExactly("creche", "kinderopvang", "baby");
        assertThat(TextQuery.words("a b c d e f g h i j k l m n o p q r s t u v w x y z aaa"))
                .containsExactly("aaa");
        assertThat(TextQuery.words(null)).isEmpty();
    }

    @Test
    void requiresEveryWordAsAPrefixAndAcceptsTheCorrectionInstead() {
        List<Term> terms = List.of(new Term("kinderopvnag", "kinderopvang"), Term.of("mechelen"));

        assertThat(TextQuery.allOf(terms)).isEqualTo("(kinderopvnag:* | kinderopvang:*) & mechelen:*");
        assertThat(TextQuery.anyOf(terms)).isEqualTo("kinderopvnag:* | kinderopvang:* | mechelen:*");
        assertThat(TextQuery.allOfIn(terms, "A")).isEqualTo("(kinderopvnag:*A | kinderopvang:*A) & mechelen:*A");
        assertThat(TextQuery.allOf(List.of())).isNull();
        assertThat(TextQuery.of(List.of("zwanger"))).isEqualTo("zwanger:*");
    }

    @Test
    void ordersLocatedOffersFirstThenByTierDistanceAndRank() {
        Near near = new Near("2800 Mechelen", 51.03, 4.48, 10, "2800", "12025");
        SearchCriteria placed = SearchCriteria.everything().withText("opvang").near(near);
        SearchMatches withText = SearchMatches.of(placed, List.of(Term.of("opvang")), List.of(UUID.randomUUID()));
        SearchMatches withoutText = SearchMatches.of(placed.withText(null), List.of(), List.of());
        SearchMatches textOnly = SearchMatches.of(placed.near(null), List.of(Term.of("opvang")), List.of());

        assertThat(withText.order(SearchOrder.RELEVANCE, "id")).isEqualTo("km is null, tier desc, km, sort_name, id");
        assertThat(withText.order(SearchOrder.DISTANCE, "id")).isEqualTo("km is null, km, sort_name, id");
        assertThat(withoutText.order(SearchOrder.RELEVANCE, "id")).isEqualTo("km is null, km, sort_name, id");
        assertThat(textOnly.order(SearchOrder.DISTANCE, "id")).isEqualTo("rank desc, sort_name, id");
        assertThat(withText.rows()).contains("union all", "any(cast(:remoteNetworks as uuid[])) and not exists");
        assertThat(withoutText.rows())
                .as("filters the places on their copies of the offer's columns, without reading the offers")
                .contains("from published_location l", "l.status <> 'INACTIVE'")
                .doesNotContain("union all", "join published_offer");
        assertThat(withText.rows()).contains("not l.confidential");
    }

    @Test
    void addsTheRemoteOffersOfTheSearchedNetworkWhateverThePlace() {
        Near near = new Near("Mechelen", 51.03, 4.48, 10);
        SearchCriteria scoped = SearchCriteria.everything().near(near).inNetwork(UUID.randomUUID());

        SearchMatches matches = SearchMatches.of(scoped, List.of(), List.of());

        assertThat(matches.rows())
                .contains("union all", "latitude is not null) and p.status <> 'INACTIVE' and p.network_id = :network");
    }
}
