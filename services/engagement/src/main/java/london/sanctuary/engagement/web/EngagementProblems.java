package london.sanctuary.engagement.web;

import java.util.List;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.engagement.session.InvalidValue;
import london.sanctuary.engagement.session.SessionRuleBroken;
import london.sanctuary.engagement.session.StaleVersion;
import london.sanctuary.engagement.session.UnknownSession;
import london.sanctuary.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The domain's refusals as problem+json, before the platform's catch-all. An unknown session gets the
 * platform's one 404 wording, so it cannot be told from another borough's.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EngagementProblems {

    @ExceptionHandler(InvalidValue.class)
    ProblemDetail invalid(InvalidValue e) {
        return Problems.invalidField(e.field(), e.detail());
    }

    @ExceptionHandler(SessionRuleBroken.class)
    ProblemDetail ruleBroken(SessionRuleBroken e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        return Problems.withErrors(problem, List.of(new Problems.FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(UnknownSession.class)
    ProblemDetail unknown(UnknownSession e) {
        return Problems.of(HttpStatus.NOT_FOUND, NotFound.DETAIL);
    }

    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("field", "version");
        return problem;
    }
}
