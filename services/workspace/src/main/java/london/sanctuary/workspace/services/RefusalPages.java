package london.sanctuary.workspace.services;

import jakarta.servlet.http.HttpServletRequest;
import london.sanctuary.workspace.staff.StaffModel;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page shows when a service refuses and the page did not handle it itself (a form handles its own 400/409/422
 * by showing them beside the fields, see {@link PageErrors}): not found (another borough's record too — the services
 * answer 404 for it, and so does the page), not allowed, or a plain sentence and the status. A service that does not
 * answer is a 503 page saying nothing was changed by that step. Never a stack trace.
 */
@ControllerAdvice
class RefusalPages {

    private final StaffModel staff;

    RefusalPages(StaffModel staff) {
        this.staff = staff;
    }

    @ExceptionHandler(ServiceRefusal.class)
    ModelAndView refused(ServiceRefusal refusal, HttpServletRequest request) {
        ModelAndView page = switch (refusal.status()) {
            case 404, 410 -> page("error/404", HttpStatus.valueOf(refusal.status()), refusal);
            case 401, 403 -> page("signin/forbidden", HttpStatus.FORBIDDEN, refusal);
            default -> page("workspace/refused", HttpStatus.valueOf(refusal.status()), refusal);
        };
        staff.addTo(page, request);
        return page;
    }

    @ExceptionHandler({ServiceUnavailable.class, ResourceAccessException.class})
    ModelAndView unavailable(RuntimeException cause, HttpServletRequest request) {
        ModelAndView page = page("workspace/unavailable", HttpStatus.SERVICE_UNAVAILABLE, null);
        staff.addTo(page, request);
        return page;
    }

    @ExceptionHandler(ClientAuthorizationRequiredException.class)
    String signInAgain(ClientAuthorizationRequiredException required, Model model) {
        return "redirect:/session-ended";
    }

    private static ModelAndView page(String view, HttpStatus status, ServiceRefusal refusal) {
        ModelAndView page = new ModelAndView(view, status);
        if (refusal != null) {
            page.addObject("refusal", refusal);
        }
        return page;
    }
}
