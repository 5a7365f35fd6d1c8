package london.sanctuary.platform.borough;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.platform.security.Caller;
import org.slf4j.MDC;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A request under {@code /api/boroughs/{borough}/…} (or a staff page under {@code /boroughs/{borough}/…}) reaches its handler only when this instance serves
 * that borough and the caller's token names it. Otherwise 404, the answer a missing record gets, so a
 * caller learns nothing about another borough. A token that names no borough at all (the GLA's) is
 * refused with 403: it is valid, but not for borough data.
 */
public class BoroughScope implements HandlerInterceptor {

    /** The logging MDC key of the borough a request or an event is for. */
    public static final String MDC_BOROUGH = "borough";

    private final ServedBoroughs served;

    public BoroughScope(ServedBoroughs served) {
        this.served = served;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (!(vars instanceof Map<?, ?> map) || !(map.get("borough") instanceof String borough)) {
            return true;
        }
        String callersBorough = Caller.current().borough();
        if (callersBorough == null) {
            throw new AccessDeniedException("Your token is not for a borough");
        }
        if (!served.serves(borough) || !borough.equals(callersBorough)) {
            throw new NotFound("Borough");
        }
        // The borough a request acts for, on each of its log lines (a borough's code is no personal data).
        MDC.put(MDC_BOROUGH, borough);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        MDC.remove(MDC_BOROUGH);
    }
}
