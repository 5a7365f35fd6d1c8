package london.sanctuary.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResilientNotifyGatewayTests {

    final AtomicInteger calls = new AtomicInteger();
    final Retry retry = Retry.of(
            "notify",
            RetryConfig.custom()
                    .maxAttempts(3)
                    .waitDuration(Duration.ofMillis(1))
                    .retryExceptions(NotifyGateway.NotifyUnavailable.class)
                    .build());
    final CircuitBreaker breaker = CircuitBreaker.ofDefaults("notify");

    @Test
    void aPassingOutageIsRetriedUntilTheNoticeGoes() {
        // given Notify fails twice with a 503
        NotifyGateway flaky = failingTimes(2, new NotifyGateway.NotifyUnavailable("HTTP 503", null));

        // when
        new ResilientNotifyGateway(flaky, breaker, retry).sendSms("t", "07700900123", Map.of(), "action-1");

        // then
        assertThat(calls).hasValue(3);
    }

    @Test
    void aRefusedNoticeIsNotRetried() {
        // given Notify refuses the number (400)
        NotifyGateway refusing = failingTimes(5, new NotifyGateway.NotifyFailed("HTTP 400", null));

        // when / then
        assertThatThrownBy(() -> new ResilientNotifyGateway(refusing, breaker, retry)
                        .sendEmail("t", "a@example.org", Map.of(), "action-1"))
                .isInstanceOf(NotifyGateway.NotifyFailed.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void anOpenCircuitFailsFastAsUnavailable() {
        // given
        breaker.transitionToOpenState();

        // when / then
        assertThatThrownBy(() -> new ResilientNotifyGateway(failingTimes(0, null), breaker, retry)
                        .sendSms("t", "07700900123", Map.of(), "action-1"))
                .isInstanceOf(NotifyGateway.NotifyUnavailable.class);
        assertThat(calls).hasValue(0);
    }

    private NotifyGateway failingTimes(int times, RuntimeException failure) {
        return new NotifyGateway() {
            @Override
            public void sendSms(String templateId, String phone, Map<String, Object> p, String reference) {
                call();
            }

            @Override
            public void sendEmail(String templateId, String email, Map<String, Object> p, String reference) {
                call();
            }

            private void call() {
                if (calls.incrementAndGet() <= times) {
                    throw failure;
                }
            }
        };
    }
}
