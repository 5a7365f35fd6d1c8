package london.sanctuary.platform.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import london.sanctuary.platform.test.LogCapture;
import org.junit.jupiter.api.Test;

class PeriodicJobTests {

    @Test
    void aJobRunsAgainAfterARunFailsAndLogsOnlyTheFailuresClass() {
        // given a job that fails the first time with personal data in the message
        AtomicInteger runs = new AtomicInteger();
        PeriodicJob job = PeriodicJob.every("test-sweep", Duration.ofMillis(20), () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("Amira Haddad");
            }
        });

        // when
        try (LogCapture logs = LogCapture.open()) {
            job.start();
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 3);
            job.stop();

            // then
            assertThat(String.join("\n", logs.lines()))
                    .contains("test-sweep failed (IllegalStateException)")
                    .doesNotContain("Amira");
        }
        assertThat(job.isRunning()).isFalse();
    }

    @Test
    void aJobAtStartRunsOnceAtOnce() {
        // given
        AtomicInteger runs = new AtomicInteger();
        PeriodicJob job = PeriodicJob.atStart("start-sweep", runs::incrementAndGet);

        // when
        job.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);

        // then it stays at one run while the job keeps running
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> runs.get() == 1);
        job.stop();
        assertThat(runs).hasValue(1);
    }

    @Test
    void anIntervalThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> PeriodicJob.every("bad", Duration.ZERO, () -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
