package london.sanctuary.feedback.web;

import java.util.List;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.feedback.form.FeedbackRuleBroken;
import london.sanctuary.feedback.form.InvalidAnswers;
import london.sanctuary.feedback.form.InvalidValue;
import london.sanctuary.feedback.form.UnknownRecord;
import london.sanctuary.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The domain's refusals as problem+json, before the platform's catch-all: 400 naming the field (for answers,
 * {@code answers.<questionId>}, every problem listed), 422 for a broken rule, and the platform's one 404 wording.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FeedbackProblems {

    @ExceptionHandler(InvalidValue.class)
    ProblemDetail invalid(InvalidValue e) {
        return Problems.invalidField(e.field(), e.detail());
    }

    @ExceptionHandler(InvalidAnswers.class)
    ProblemDetail invalidAnswers(InvalidAnswers e) {
        InvalidAnswers.Problem first = e.problems().get(0);
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, first.field() + ": " + first.detail());
        return Problems.withErrors(
                problem,
                e.problems().stream()
                        .map(p -> new Problems.FieldError(p.field(), p.detail()))
                        .toList());
    }

    @ExceptionHandler(FeedbackRuleBroken.class)
    ProblemDetail ruleBroken(FeedbackRuleBroken e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        return Problems.withErrors(problem, List.of(new Problems.FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(UnknownRecord.class)
    ProblemDetail unknown(UnknownRecord e) {
        return Problems.of(HttpStatus.NOT_FOUND, NotFound.DETAIL);
    }
}
