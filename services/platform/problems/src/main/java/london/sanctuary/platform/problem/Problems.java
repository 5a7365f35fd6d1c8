package london.sanctuary.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problems the same way everywhere: a type per status, fields named. A problem lists at most
 * {@link #LISTED} field errors, the first ones, and {@code errorCount} says how many there were.
 */
public final class Problems {

    /** The most field errors a problem lists. */
    public static final int LISTED = 20;

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        String slug = known == null
                ? String.valueOf(status.value())
                : known.name().toLowerCase().replace('_', '-');
        problem.setType(URI.create("https://sanctuary.london/problems/" + slug));
        if (known != null) {
            problem.setTitle(known.getReasonPhrase());
        }
        return problem;
    }

    public static ProblemDetail invalidField(String field, String detail) {
        return withErrors(of(HttpStatus.BAD_REQUEST, field + ": " + detail), List.of(new FieldError(field, detail)));
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).field());
            problem.setProperty(
                    "errors",
                    errors.stream()
                            .limit(LISTED)
                            .map(e -> Map.of("field", e.field(), "detail", e.detail()))
                            .toList());
            problem.setProperty("errorCount", errors.size());
        }
        return problem;
    }

    /** The problem's members as a map, for writers outside Spring MVC's message converters. */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /** One field and what is wrong with it. */
    public record FieldError(String field, String detail) {}
}
