package be.nestwerk.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void makesALowerCaseAddressWithoutAccentsFromTheName() {
        assertThat(Slugs.of("Huis van het Kind Sint-Ëxupéry & Co")).isEqualTo("huis-van-het-kind-sint-exupery-co");
    }

    @Test
    void neverReturnsAnEmptyAddress() {
        assertThat(Slugs.of("«»!?")).isEqualTo("netwerk");
    }

    @Test
    void cutsLongNamesAtAWordBoundaryOfTheLimit() {
        String slug = Slugs.of("Huis van het Kind ".repeat(10));

        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-");
    }

    @Test
    void numbersAnAddressThatIsTaken() {
        Set<String> taken = Set.of("huis-van-het-kind-mechelen", "huis-van-het-kind-mechelen-2");

        assertThat(Slugs.unique("Huis van het Kind Mechelen", taken::contains))
                .isEqualTo("huis-van-het-kind-mechelen-3");
        assertThat(Slugs.unique("Huis van het Kind Bonheiden", taken::contains))
                .isEqualTo("huis-van-het-kind-bonheiden");
    }
}
