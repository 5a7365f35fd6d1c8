package london.sanctuary.consent.limits.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import london.sanctuary.consent.limits.TooOften;
import london.sanctuary.platform.problem.ProblemAnswer;
import london.sanctuary.platform.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Asked too often ({@link TooOften}): 429 with Retry-After (whole seconds, rounded up), and the field if any. */
public final class TooOftenAnswer implements ProblemAnswer {

    @Override
    public Optional<ResponseEntity<ProblemDetail>> answer(Exception failure, HttpServletRequest request) {
        if (!(failure instanceof TooOften tooOften)) {
            return Optional.empty();
        }
        long seconds = Math.max(1, tooOften.retryAfter().plusMillis(999).toSeconds());
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, tooOften.getMessage());
        tooOften.field().ifPresent(field -> problem.setProperty("field", field));
        problem.setProperty("retryAfterSeconds", seconds);
        return Optional.of(ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem));
    }
}
