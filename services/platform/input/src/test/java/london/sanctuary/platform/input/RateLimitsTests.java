package london.sanctuary.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsTests {

    @Test
    void aKeyPastItsLimitWaitsWhileAnotherKeyGoesOn() {
        RateLimits limits = new RateLimits("test", 2, Duration.ofMinutes(1), 100);

        assertThat(limits.refusal("a")).isEmpty();
        assertThat(limits.refusal("a")).isEmpty();
        assertThat(limits.refusal("a").getAsLong()).isBetween(1L, 60L);
        assertThat(limits.refusal("b")).isEmpty();
    }

    @Test
    void theLeastRecentlyUsedKeyIsForgottenPastTheBound() {
        RateLimits limits = new RateLimits("test", 1, Duration.ofMinutes(1), 2);
        assertThat(limits.refusal("a")).isEmpty();
        assertThat(limits.refusal("b")).isEmpty();

        assertThat(limits.refusal("c")).isEmpty();

        assertThat(limits.refusal("a")).as("forgotten, so it starts again").isEmpty();
        assertThat(limits.refusal("c")).as("remembered").isPresent();
    }
}
