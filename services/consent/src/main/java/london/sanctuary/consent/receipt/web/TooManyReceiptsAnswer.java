package london.sanctuary.consent.receipt.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import london.sanctuary.consent.receipt.TooManyReceipts;
import london.sanctuary.platform.problem.ProblemAnswer;
import london.sanctuary.platform.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Too many receipts e-mailed to one person: 429 with Retry-After (whole seconds, rounded up), field {@code email}. */
public final class TooManyReceiptsAnswer implements ProblemAnswer {

    @Override
    public Optional<ResponseEntity<ProblemDetail>> answer(Exception failure, HttpServletRequest request) {
        if (!(failure instanceof TooManyReceipts tooMany)) {
            return Optional.empty();
        }
        long seconds = Math.max(1, tooMany.retryAfter().plusMillis(999).toSeconds());
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, tooMany.getMessage());
        problem.setProperty("field", "email");
        problem.setProperty("retryAfterSeconds", seconds);
        return Optional.of(ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem));
    }
}
