package london.sanctuary.consent.participant.web;

import java.util.List;
import london.sanctuary.consent.participant.PossibleDuplicate;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An enrolment that looks like a person already enrolled: 409 naming {@code name} and, in {@code existing}, their
 * refs (never their details), so that the officer can look, and enrol with {@code "confirmedNotDuplicate": true}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PossibleDuplicates {

    @ExceptionHandler(PossibleDuplicate.class)
    ProblemDetail possibleDuplicate(PossibleDuplicate e) {
        ProblemDetail problem = Problems.withErrors(
                Problems.of(HttpStatus.CONFLICT, e.getMessage()),
                List.of(new Problems.FieldError("name", e.getMessage())));
        problem.setProperty(
                "existing", e.existing().stream().map(ParticipantRef::toString).toList());
        return problem;
    }
}
