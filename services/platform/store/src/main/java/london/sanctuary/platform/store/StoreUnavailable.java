package london.sanctuary.platform.store;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import london.sanctuary.platform.problem.ProblemAnswer;
import london.sanctuary.platform.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The store unreachable ({@link StoreFaults}, however deeply wrapped), or its circuit breaker open: 503 at once
 * with Retry-After, naming nothing inside. A fault (not a refusal by the open breaker) is marked on the request so
 * that {@link StoreCircuitBreaker} counts it.
 */
public class StoreUnavailable implements ProblemAnswer {

    private static final Logger log = LoggerFactory.getLogger(StoreUnavailable.class);
    private final StoreCircuitBreaker storeBreaker;

    public StoreUnavailable(StoreCircuitBreaker storeBreaker) {
        this.storeBreaker = storeBreaker;
    }

    @Override
    public Optional<ResponseEntity<ProblemDetail>> answer(Exception failure, HttpServletRequest request) {
        if (!StoreFaults.isStoreFault(failure)) {
            return Optional.empty();
        }
        if (!(failure instanceof CallNotPermittedException)) {
            request.setAttribute(StoreCircuitBreaker.STORE_FAULT, failure);
            log.warn(
                    "Answered 503: the store is unreachable ({})",
                    failure.getClass().getSimpleName());
        }
        return Optional.of(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(storeBreaker.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "The service cannot reach its records just now; try again shortly")));
    }
}
