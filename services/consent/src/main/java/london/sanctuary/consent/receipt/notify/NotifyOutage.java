package london.sanctuary.consent.receipt.notify;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import london.sanctuary.platform.notify.NotifyGateway;
import london.sanctuary.platform.problem.ProblemAnswer;
import london.sanctuary.platform.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** GOV.UK Notify unreachable, failing or its circuit open: 503 with Retry-After, naming nothing inside. */
public final class NotifyOutage implements ProblemAnswer {

    @Override
    public Optional<ResponseEntity<ProblemDetail>> answer(Exception failure, HttpServletRequest request) {
        if (!(failure instanceof NotifyGateway.NotifyUnavailable)) {
            return Optional.empty();
        }
        return Optional.of(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "60")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "GOV.UK Notify cannot send e-mails just now; try again in a minute, or print the receipt")));
    }
}
