package be.nestwerk.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTests {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void doublesTheWaitAfterEachFailure() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void neverWaitsLongerThanTheMaximum() {
        assertThat(policy.delayAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(10_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refusesABackOffThatIsNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetryPolicy(Duration.ofMinutes(5), Duration.ofMinutes(1)));
    }
}
