package london.sanctuary.platform.pages.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A refused page request (a page their role does not open, or a form without a valid CSRF token): someone not signed
 * in — their session ended with their token, so its CSRF token went too — is sent to sign in again; someone signed in
 * gets 403 with the sign-in page saying why (the page is not for their role, or the form was not this session's, so
 * reload it), a page like the others rather than a bare error. The line logged names the path and the reason, never the person or the token.
 */
final class SignInAgain implements AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInAgain.class);
    private final AuthenticationEntryPoint signIn;
    private final String signInPath;

    SignInAgain(AuthenticationEntryPoint signIn, String signInPath) {
        this.signIn = signIn;
        this.signInPath = signInPath;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        log.info(
                "Refused a page request to {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                e.getClass().getSimpleName());
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken) {
            signIn.commence(request, response, new InsufficientAuthenticationException("Sign in again"));
        } else {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.setAttribute(SignInController.FORBIDDEN, e instanceof CsrfException ? "form" : "role");
            request.getRequestDispatcher(signInPath).forward(request, response);
        }
    }
}
