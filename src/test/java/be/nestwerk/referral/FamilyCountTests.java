package be.nestwerk.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FamilyCountTests {

    @Test
    void suppressesOneToFourAndShowsNoneAndFiveOrMore() {
        assertThat(new FamilyCount(0).suppressed()).isFalse();
        assertThat(new FamilyCount(1).suppressed()).isTrue();
        assertThat(new FamilyCount(4).suppressed()).isTrue();
        assertThat(new FamilyCount(5).suppressed()).isFalse();
        assertThat(new FamilyCount(1234).suppressed()).isFalse();
    }
}
