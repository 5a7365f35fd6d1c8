package london.sanctuary.platform.test;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The test kit's launcher session listener is in force in a test JVM that has the kit on its class path. */
class AwaitAtOnceTests {

    @Test
    void aConditionThatAlreadyHoldsIsAskedBeforeTheFirstPollInterval() {
        // given a poll interval far longer than the wait allowed (Awaitility's own default would first wait one whole
        // interval, and refuses such a wait outright)
        Duration interval = Duration.ofHours(1);

        // when / then the condition, true already, is seen at once
        assertThatNoException()
                .isThrownBy(() -> await().atMost(Duration.ofSeconds(30))
                        .pollInterval(interval)
                        .until(() -> true));
    }
}
