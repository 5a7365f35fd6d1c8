package london.sanctuary.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A public page's form token is kept in a cookie, which must be set before the page starts streaming out: the token is
 * taken here, after the controller and before the page renders, for every public page about to render (not for a
 * redirect, nor for an answer with no page).
 */
final class FormTokenBeforeRender implements HandlerInterceptor {

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        boolean rendering = page != null
                && page.getViewName() != null
                && !page.getViewName().startsWith("redirect:");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (rendering
                && path.startsWith("/public/")
                && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }
}
