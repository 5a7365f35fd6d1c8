package london.sanctuary.platform.notify;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.Map;

/**
 * Notify behind a retry (with backoff, for {@link NotifyGateway.NotifyUnavailable} only: a refused number is not
 * retried) inside a circuit breaker, so a Notify outage fails each notice fast instead of holding up the loop.
 * Both are configured by instance name {@code notify} ({@link #INSTANCE}) in YAML.
 */
public final class ResilientNotifyGateway implements NotifyGateway {

    /** The Resilience4j instance name of the Notify calls. */
    public static final String INSTANCE = "notify";

    private final NotifyGateway notify;
    private final CircuitBreaker breaker;
    private final Retry retry;

    public ResilientNotifyGateway(NotifyGateway notify, CircuitBreaker breaker, Retry retry) {
        this.notify = notify;
        this.breaker = breaker;
        this.retry = retry;
    }

    /** {@code notify} behind the retry and the circuit breaker named {@link #INSTANCE} in the registries. */
    public static ResilientNotifyGateway of(
            NotifyGateway notify, CircuitBreakerRegistry breakers, RetryRegistry retries) {
        return new ResilientNotifyGateway(notify, breakers.circuitBreaker(INSTANCE), retries.retry(INSTANCE));
    }

    @Override
    public void sendSms(String templateId, String phoneNumber, Map<String, Object> personalisation, String reference) {
        guarded(() -> notify.sendSms(templateId, phoneNumber, personalisation, reference));
    }

    @Override
    public void sendEmail(
            String templateId, String emailAddress, Map<String, Object> personalisation, String reference) {
        guarded(() -> notify.sendEmail(templateId, emailAddress, personalisation, reference));
    }

    private void guarded(Runnable call) {
        try {
            Retry.decorateRunnable(retry, CircuitBreaker.decorateRunnable(breaker, call))
                    .run();
        } catch (CallNotPermittedException e) {
            throw new NotifyUnavailable("Notify is failing; its circuit breaker is open", e);
        }
    }
}
