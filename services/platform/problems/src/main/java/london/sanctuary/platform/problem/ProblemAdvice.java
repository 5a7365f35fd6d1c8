package london.sanctuary.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.refusal.Conflict;
import london.sanctuary.contracts.refusal.Gone;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.contracts.refusal.RuleBroken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as {@code application/problem+json}: the framework's own (400, 404, 405, 415 …) through
 * the base class, the platform's through the handlers below, the other platform modules' own failures through
 * their {@link ProblemAnswer}s. Details never carry a stack trace or a value the caller sent, only the field's
 * name and what is wrong with it.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private final List<ProblemAnswer> answers;

    /** {@code answers}: the other modules' own failures ({@link ProblemAnswer}), asked before the answer 500. */
    public ProblemAdvice(List<ProblemAnswer> answers) {
        this.answers = List.copyOf(answers);
    }

    @ExceptionHandler(InvalidValue.class)
    ProblemDetail invalidValue(InvalidValue e) {
        return Problems.invalidField(e.field(), e.detail());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, NotFound.DETAIL);
    }

    @ExceptionHandler(Gone.class)
    ProblemDetail gone(Gone e) {
        return Problems.of(HttpStatus.GONE, e.getMessage());
    }

    @ExceptionHandler(RuleBroken.class)
    ProblemDetail ruleBroken(RuleBroken e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        return e.field() == null
                ? problem
                : Problems.withErrors(problem, List.of(new Problems.FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler({Conflict.class, OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ProblemDetail conflict(RuntimeException e) {
        String detail = e instanceof Conflict
                ? e.getMessage()
                : "The record was changed by someone else; reload it and try again";
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, detail);
        problem.setProperty("field", "version");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e, HttpServletRequest request) {
        // by reason only, as the security handler does: never the token
        log.info("Refused a request to {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return Problems.of(
                HttpStatus.FORBIDDEN, e.getMessage() == null ? "Your role does not allow this" : e.getMessage());
    }

    /** A multipart body that cannot be parsed (no boundary, cut short) is the client's fault, as unreadable JSON is. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        return Problems.invalidField("body", "could not be read as multipart/form-data");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.invalidField(e.getName(), "has the wrong format");
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        for (ProblemAnswer answer : answers) {
            Optional<ResponseEntity<ProblemDetail>> answered = answer.answer(e, request);
            if (answered.isPresent()) {
                return answered.get();
            }
        }
        log.error("Unexpected failure ({})", e.getClass().getName(), e);
        return ResponseEntity.internalServerError()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was changed"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(UnreadableBody.explain(e));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Problems.FieldError(f.getField(), String.valueOf(f.getDefaultMessage())))
                .toList();
        String detail = errors.isEmpty()
                ? "The request is not valid"
                : errors.get(0).field() + ": " + errors.get(0).detail();
        return ResponseEntity.badRequest()
                .body(Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, detail), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new Problems.FieldError(
                                r.getMethodParameter().getParameterName(), String.valueOf(err.getDefaultMessage()))))
                .toList();
        return ResponseEntity.badRequest()
                .body(Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "The request is not valid"), errors));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Object problem = body instanceof ProblemDetail ? body : Problems.of(status, "The request could not be handled");
        return new ResponseEntity<>(problem, headers, status);
    }
}
