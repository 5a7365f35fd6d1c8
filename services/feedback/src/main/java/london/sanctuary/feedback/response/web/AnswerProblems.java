package london.sanctuary.feedback.response.web;

import london.sanctuary.feedback.form.InvalidAnswers;
import london.sanctuary.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers that do not fit the form, sent by staff capture: 400 naming the first ({@code answers.<questionId>}) and
 * listing every problem. The feedback service's only refusal of its own; the platform answers all the others.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnswerProblems {

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
}
