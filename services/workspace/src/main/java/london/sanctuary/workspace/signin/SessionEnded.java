package london.sanctuary.workspace.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A person whose session has ended (inactivity, or the workspace restarted) is told so, rather than dropped on a
 * sign-in form without a word; the page they asked for is kept (Spring Security's request cache saves it, query and
 * all), so signing in again takes them back to it. A form posted after the session ended fails its CSRF check:
 * that too is "your session ended", not "forbidden". A form without its token from someone still signed in is
 * forbidden (403, the forbidden page).
 */
@Controller
class SessionEnded {

    static final String PATH = "/session-ended";

    static AuthenticationEntryPoint entryPoint(String signIn) {
        return (request, response, refused) ->
                response.sendRedirect(request.getContextPath() + (ended(request) ? PATH : signIn));
    }

    static AccessDeniedHandler accessDeniedHandler() {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        forbidden.setErrorPage("/forbidden");
        return (request, response, denied) -> {
            if (denied instanceof CsrfException && (ended(request) || !signedIn())) {
                response.sendRedirect(request.getContextPath() + PATH);
                return;
            }
            forbidden.handle(request, response, denied);
        };
    }

    /** Read from the security context: the CSRF check runs before the request knows its principal. */
    private static boolean signedIn() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && !new AuthenticationTrustResolverImpl().isAnonymous(who) && who.isAuthenticated();
    }

    private static boolean ended(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    @GetMapping(PATH)
    String sessionEnded() {
        return "signin/session-ended";
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "signin/signed-out";
    }

    /** Any method: a refused form post is forwarded here as it came (a POST). */
    @RequestMapping("/forbidden")
    String forbidden() {
        return "signin/forbidden";
    }
}
