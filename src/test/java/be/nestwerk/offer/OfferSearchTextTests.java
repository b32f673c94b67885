package be.nestwerk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import be.nestwerk.offer.TextQuery.Term;
import java.util.List;
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
}
