package london.sanctuary.platform.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.platform.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request body passes here before anything reads it: past its cap ({@link RequestLimits}) it is refused with
 * 413 without being read further; a JSON body or a form post that is not strict UTF-8 (overlong forms included) is
 * refused with 400 naming {@code body}. What passes is handed on read, so nothing reads the wire twice.
 */
public final class BodyGate extends OncePerRequestFilter {

    private final RequestLimits limits;
    private final Refusals refusals;

    public BodyGate(RequestLimits limits, Refusals refusals) {
        this.limits = limits;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BodyKind kind = BodyKind.of(request.getContentType());
        long cap = limits.capFor(request.getContentType());
        if (request.getContentLengthLong() > cap) {
            tooLarge(request, response, cap);
            return;
        }
        if (!hasBody(request) || kind == BodyKind.MULTIPART) { // multipart: spring.servlet.multipart.* caps it
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(cap + 1, Integer.MAX_VALUE));
        if (body.length > cap) {
            tooLarge(request, response, cap);
            return;
        }
        Map<String, List<String>> fields = null;
        try {
            if (kind == BodyKind.JSON) {
                Utf8.decode(body);
            } else if (kind == BodyKind.FORM) {
                fields = fields(request.getQueryString(), Utf8.decode(body));
            }
        } catch (Utf8.Malformed e) {
            refusals.refuse(request, response, Problems.invalidField("body", "is not valid UTF-8"));
            return;
        }
        chain.doFilter(new ReadBody(request, body, fields), response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static Map<String, List<String>> fields(String query, String body) throws Utf8.Malformed {
        Map<String, List<String>> fields = new LinkedHashMap<>(Utf8.form(query));
        Utf8.form(body)
                .forEach((name, values) ->
                        fields.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        return fields;
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, long cap) throws IOException {
        refusals.refuse(
                request,
                response,
                Problems.withErrors(
                        Problems.of(
                                HttpStatus.CONTENT_TOO_LARGE,
                                "The request body is larger than the " + cap / 1024 + " KB this service takes"),
                        List.of(new Problems.FieldError("body", "must be at most " + cap / 1024 + " KB"))));
    }
}
