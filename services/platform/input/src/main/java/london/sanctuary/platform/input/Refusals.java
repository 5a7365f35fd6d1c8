package london.sanctuary.platform.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import london.sanctuary.contracts.ContractJson;
import london.sanctuary.platform.problem.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * How a request refused before any controller (a body too large or not UTF-8, too many requests) is answered:
 * problem+json by default; a service with public pages declares its own bean to answer those with a short page in
 * the person's language, and the problem everywhere else.
 */
@FunctionalInterface
public interface Refusals {

    void refuse(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException;

    /** The problem as {@code application/problem+json}, with its status. */
    static void asProblem(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ContractJson.write(Problems.asMap(problem)));
        response.flushBuffer();
    }
}
