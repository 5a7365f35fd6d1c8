package london.sanctuary.platform.input;

import java.util.List;
import london.sanctuary.platform.problem.Problems;

/** A request body past its bounds: answered as 400 naming every field at fault (the first {@code Problems.LISTED}). */
public class OutOfBounds extends RuntimeException {

    private final transient List<Problems.FieldError> errors;

    public OutOfBounds(List<Problems.FieldError> errors) {
        super(errors.size() + " fields out of bounds", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<Problems.FieldError> errors() {
        return errors;
    }
}
