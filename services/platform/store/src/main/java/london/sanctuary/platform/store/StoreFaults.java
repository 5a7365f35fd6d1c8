package london.sanctuary.platform.store;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Which failures mean the store is unreachable for now rather than that the request or record is wrong:
 * the one rule behind the 503 answers, the store circuit breaker and the consumers' retries without limit.
 */
public final class StoreFaults {

    private StoreFaults() {}

    /** Whether {@code failure}, or anything that caused it, says the store cannot be reached. */
    public static boolean isStoreFault(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof MongoSocketException
                    || t instanceof MongoTimeoutException
                    || t instanceof CallNotPermittedException) {
                return true;
            }
        }
        return false;
    }
}
