package london.sanctuary.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal a service answers with a page of its own instead of problem+json: e.g. a person's form posted with an out
 * of date CSRF token, answered in their language (the consent service's person's page). Declared as a bean; the
 * first that {@link #handles} a refusal writes it, anything else stays problem+json ({@link ProblemSecurityHandler}).
 */
public interface PageRefusal {

    boolean handles(HttpServletRequest request, AccessDeniedException refusal);

    /** Writes the whole answer (status, headers, body); logs nothing from the request's path or body. */
    void write(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException;
}
