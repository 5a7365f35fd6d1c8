package london.sanctuary.platform.input;

import java.util.List;
import java.util.Optional;
import london.sanctuary.platform.problem.ProblemAnswer;
import london.sanctuary.platform.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A request body past its bounds: answered as 400 naming every field at fault (the first {@code Problems.LISTED}). */
public class OutOfBounds extends RuntimeException {

    /** How {@code ProblemAdvice} answers it: 400, the first field at fault in the detail, every one listed. */
    public static final ProblemAnswer ANSWER = (failure, request) -> {
        if (!(failure instanceof OutOfBounds bounds)) {
            return Optional.empty();
        }
        Problems.FieldError first = bounds.errors().get(0);
        return Optional.of(ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.withErrors(
                        Problems.of(HttpStatus.BAD_REQUEST, first.field() + ": " + first.detail()), bounds.errors())));
    };

    private final transient List<Problems.FieldError> errors;

    public OutOfBounds(List<Problems.FieldError> errors) {
        super(errors.size() + " fields out of bounds", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<Problems.FieldError> errors() {
        return errors;
    }
}
