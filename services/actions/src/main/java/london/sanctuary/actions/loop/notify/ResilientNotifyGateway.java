package london.sanctuary.actions.loop.notify;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.util.Map;

/**
 * Notify behind a retry (with backoff, for {@link NotifyGateway.NotifyUnavailable} only: a refused number is not
 * retried) inside a circuit breaker, so a Notify outage fails each notice fast instead of holding up the loop.
 * Both are configured by instance name {@code notify} in YAML.
 */
public final class ResilientNotifyGateway implements NotifyGateway {

    private final NotifyGateway notify;
    private final CircuitBreaker breaker;
    private final Retry retry;

    public ResilientNotifyGateway(NotifyGateway notify, CircuitBreaker breaker, Retry retry) {
        this.notify = notify;
        this.breaker = breaker;
        this.retry = retry;
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
