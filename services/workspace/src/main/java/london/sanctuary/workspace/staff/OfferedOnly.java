package london.sanctuary.workspace.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Switches language only to one the workspace offers; any other {@code lang} is ignored, not an error. */
record OfferedOnly(LocaleChangeInterceptor change, List<Locale> offered) implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String lang = request.getParameter(change.getParamName());
        if (lang != null
                && offered.stream().anyMatch(locale -> locale.getLanguage().equals(lang))) {
            return change.preHandle(request, response, handler);
        }
        return true;
    }
}
