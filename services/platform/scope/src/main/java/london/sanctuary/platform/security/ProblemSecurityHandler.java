package london.sanctuary.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import london.sanctuary.contracts.ContractJson;
import london.sanctuary.platform.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem+json, with the standard {@code WWW-Authenticate} header. The rejection is
 * logged by reason only: never the token.
 */
public class ProblemSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemSecurityHandler.class);
    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final List<PageRefusal> pages;

    public ProblemSecurityHandler() {
        this(List.of());
    }

    /** With the pages some refusals get instead of problem+json (a person's out of date form). */
    public ProblemSecurityHandler(List<PageRefusal> pages) {
        this.pages = List.copyOf(pages);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearer.commence(request, response, e);
        log.info(
                "Rejected a request to {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                e.getClass().getSimpleName());
        write(response, HttpStatus.UNAUTHORIZED, "A valid bearer token for this service is required");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        for (PageRefusal page : pages) {
            if (page.handles(request, e)) {
                page.write(request, response, e);
                return;
            }
        }
        if (e instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof TrustedIssuers.NotForThisIssuer) {
            log.info(
                    "Refused a request to {} {}: the token's issuer may not speak for the borough it names",
                    request.getMethod(),
                    request.getRequestURI());
            write(response, HttpStatus.FORBIDDEN, "Your sign-in is not trusted to act for this borough");
            return;
        }
        log.info(
                "Refused a request to {} {}: the caller's role does not allow it",
                request.getMethod(),
                request.getRequestURI());
        write(response, HttpStatus.FORBIDDEN, "Your role does not allow this");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(ContractJson.write(Problems.asMap(Problems.of(status, detail))));
    }
}
