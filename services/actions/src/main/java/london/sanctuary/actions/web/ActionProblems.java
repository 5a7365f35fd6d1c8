package london.sanctuary.actions.web;

import java.util.List;
import london.sanctuary.actions.action.ActionRuleBroken;
import london.sanctuary.actions.action.InvalidValue;
import london.sanctuary.actions.action.StaleVersion;
import london.sanctuary.actions.action.UnknownAction;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The domain's refusals as problem+json, before the platform's catch-all. An unknown action gets the platform's
 * one 404 wording, so it cannot be told from another borough's.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ActionProblems {

    @ExceptionHandler(InvalidValue.class)
    ProblemDetail invalid(InvalidValue e) {
        return Problems.invalidField(e.field(), e.detail());
    }

    @ExceptionHandler(ActionRuleBroken.class)
    ProblemDetail ruleBroken(ActionRuleBroken e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        return Problems.withErrors(problem, List.of(new Problems.FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(UnknownAction.class)
    ProblemDetail unknown(UnknownAction e) {
        return Problems.of(HttpStatus.NOT_FOUND, NotFound.DETAIL);
    }

    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("field", "version");
        return problem;
    }
}
