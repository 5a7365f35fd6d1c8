package london.sanctuary.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * How another platform module answers its own failures as a problem, without this module knowing them: the store
 * module's 503 for a store it cannot reach, the input module's 400 for a body past its bounds. {@link ProblemAdvice}
 * asks every such bean before it answers 500.
 */
public interface ProblemAnswer {

    /** The answer to {@code failure} (or to what caused it), or empty when the failure is not this module's. */
    Optional<ResponseEntity<ProblemDetail>> answer(Exception failure, HttpServletRequest request);
}
