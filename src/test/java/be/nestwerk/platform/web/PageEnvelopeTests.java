package be.nestwerk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageEnvelopeTests {

    private static final List<Integer> HUNDRED_AND_ONE =
            IntStream.rangeClosed(1, 101).boxed().toList();

    @Test
    void slicesOnePageOutOfAList() {
        assertThat(PageEnvelope.slice(HUNDRED_AND_ONE, 1, 20))
                .isEqualTo(new PageEnvelope<>(HUNDRED_AND_ONE.subList(20, 40), 1, 20, 101, 6));
    }

    @Test
    void answersAShortLastPageAndEmptyPagesBeyondIt() {
        assertThat(PageEnvelope.slice(HUNDRED_AND_ONE, 5, 20).items()).containsExactly(101);
        assertThat(PageEnvelope.slice(HUNDRED_AND_ONE, 6, 20).items()).isEmpty();
        assertThat(PageEnvelope.slice(HUNDRED_AND_ONE, Integer.MAX_VALUE, 200).items())
                .isEmpty();
    }

    @Test
    void countsNoPagesForNoItems() {
        assertThat(PageEnvelope.slice(List.of(), 0, 20).totalPages()).isZero();
        assertThat(PageEnvelope.of(List.of(), 0, 20, 40).totalPages()).isEqualTo(2);
    }

    @Test
    void acceptsPagesFromZeroAndSizesUpToTwoHundred() {
        assertThat(PageEnvelope.isValid(0, 1)).isTrue();
        assertThat(PageEnvelope.isValid(0, PageEnvelope.MAX_SIZE)).isTrue();
        assertThat(PageEnvelope.isValid(-1, 20)).isFalse();
        assertThat(PageEnvelope.isValid(0, 0)).isFalse();
        assertThat(PageEnvelope.isValid(0, 201)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> PageEnvelope.of(List.of(), 0, 201, 0));
    }

    @Test
    void offsetsDoNotOverflow() {
        assertThat(PageEnvelope.offset(Integer.MAX_VALUE, 200)).isEqualTo(Integer.MAX_VALUE * 200L);
    }
}
