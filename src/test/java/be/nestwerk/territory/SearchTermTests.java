package be.nestwerk.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermTests {

    @Test
    void tidiesSpacesHyphensAndCase() {
        assertThat(SearchTerm.of("  Sint-Niklaas   Oost ").exact()).isEqualTo("sint niklaas oost");
        assertThat(SearchTerm.of(null).isBlank()).isTrue();
        assertThat(SearchTerm.of(" - ").isBlank()).isTrue();
    }

    @Test
    void keepsAccentsForTheDatabaseToFold() {
        assertThat(SearchTerm.of("Biévène").exact()).isEqualTo("biévène");
    }

    @Test
    void readsOneToFourDigitsAsTheStartOfAPostcode() {
        assertThat(SearchTerm.of("2800").isPostcodePrefix()).isTrue();
        assertThat(SearchTerm.of("28").isPostcodePrefix()).isTrue();
        assertThat(SearchTerm.of("12025").isPostcodePrefix()).isFalse();
        assertThat(SearchTerm.of("2800 Mechelen").isPostcodePrefix()).isFalse();
    }

    @Test
    void escapesLikeWildcards() {
        SearchTerm term = SearchTerm.of("50%_a\\b");
        assertThat(term.contains()).isEqualTo("%50\\%\\_a\\\\b%");
        assertThat(term.prefix()).isEqualTo("50\\%\\_a\\\\b%");
        assertThat(term.wordPrefix()).isEqualTo("% 50\\%\\_a\\\\b%");
    }
}
