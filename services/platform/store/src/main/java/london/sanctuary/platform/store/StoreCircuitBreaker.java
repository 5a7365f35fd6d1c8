package london.sanctuary.platform.store;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.TimeUnit;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The circuit breaker {@code store} around every request: after store faults it opens and requests are
 * refused at once (503 with Retry-After, see {@link StoreUnavailable}) instead of each waiting for the store;
 * after its wait it lets a few through to see whether the store is back.
 */
public class StoreCircuitBreaker implements HandlerInterceptor {

    /** Set on the request by whoever answers a store fault, so the breaker counts it. */
    public static final String STORE_FAULT = StoreCircuitBreaker.class.getName() + ".fault";

    private static final String STARTED = StoreCircuitBreaker.class.getName() + ".started";
    private final CircuitBreaker breaker;

    public StoreCircuitBreaker(CircuitBreaker breaker) {
        this.breaker = breaker;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(STARTED) == null) {
            breaker.acquirePermission(); // throws CallNotPermittedException while open
            request.setAttribute(STARTED, System.nanoTime());
        }
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception unhandled) {
        if (!(request.getAttribute(STARTED) instanceof Long started) || request.isAsyncStarted()) {
            return;
        }
        request.removeAttribute(STARTED);
        long took = System.nanoTime() - started;
        Object fault = request.getAttribute(STORE_FAULT);
        if (fault instanceof Throwable storeFault) {
            breaker.onError(took, TimeUnit.NANOSECONDS, storeFault);
        } else {
            breaker.onSuccess(took, TimeUnit.NANOSECONDS);
        }
    }

    /** Seconds a caller should wait before trying again: the breaker's wait while open. */
    public long retryAfterSeconds() {
        long millis = breaker.getCircuitBreakerConfig()
                .getWaitIntervalFunctionInOpenState()
                .apply(1);
        return Math.max(1, TimeUnit.MILLISECONDS.toSeconds(millis));
    }
}
