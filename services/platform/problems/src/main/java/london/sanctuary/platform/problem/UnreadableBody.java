package london.sanctuary.platform.problem;

import java.util.Arrays;
import java.util.stream.Collectors;
import london.sanctuary.contracts.refusal.InvalidValue;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns a body Jackson could not read into a 400 that names the field, without echoing the value. */
final class UnreadableBody {

    private UnreadableBody() {}

    static ProblemDetail explain(HttpMessageNotReadableException e) {
        InvalidValue invalid = find(e, InvalidValue.class);
        if (invalid != null) {
            return Problems.invalidField(invalid.field(), invalid.detail());
        }
        JacksonException jackson = find(e, JacksonException.class);
        if (jackson == null
                || jackson instanceof StreamReadException && !(jackson instanceof MismatchedInputException)) {
            return Problems.invalidField("body", "is not valid JSON");
        }
        String field = path(jackson);
        if (jackson instanceof UnrecognizedPropertyException) {
            return Problems.invalidField(field, "is not a known field");
        }
        if (jackson instanceof InvalidFormatException format
                && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return Problems.invalidField(field, "must be one of " + allowed);
        }
        if (jackson instanceof MismatchedInputException) {
            return Problems.invalidField(field, "is missing or has the wrong type or format");
        }
        return Problems.invalidField(field, "is not valid");
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
