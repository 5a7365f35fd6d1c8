package london.sanctuary.consent.web;

import java.util.List;
import london.sanctuary.consent.participant.ConsentRuleBroken;
import london.sanctuary.consent.participant.InvalidValue;
import london.sanctuary.consent.participant.ParticipantGone;
import london.sanctuary.consent.participant.StaleVersion;
import london.sanctuary.consent.participant.UnknownParticipant;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.platform.crypto.Undecryptable;
import london.sanctuary.platform.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The domain's refusals as problem+json, before the platform's catch-all. An unknown participant gets the
 * platform's one 404 wording, so it cannot be told from another borough's.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsentProblems {

    private static final Logger log = LoggerFactory.getLogger(ConsentProblems.class);

    @ExceptionHandler(InvalidValue.class)
    ProblemDetail invalid(InvalidValue e) {
        return Problems.invalidField(e.field(), e.detail());
    }

    @ExceptionHandler(ConsentRuleBroken.class)
    ProblemDetail ruleBroken(ConsentRuleBroken e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        return Problems.withErrors(problem, List.of(new Problems.FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(UnknownParticipant.class)
    ProblemDetail unknown(UnknownParticipant e) {
        return Problems.of(HttpStatus.NOT_FOUND, NotFound.DETAIL);
    }

    @ExceptionHandler(ParticipantGone.class)
    ProblemDetail gone(ParticipantGone e) {
        return Problems.of(HttpStatus.GONE, e.getMessage());
    }

    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("field", "version");
        return problem;
    }

    @ExceptionHandler(Undecryptable.class)
    ProblemDetail undecryptable(Undecryptable e) {
        log.error("A stored profile did not decrypt with its participant's key");
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was changed");
    }
}
