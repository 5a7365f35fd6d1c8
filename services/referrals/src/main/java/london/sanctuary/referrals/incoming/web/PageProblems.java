package london.sanctuary.referrals.incoming.web;

import london.sanctuary.contracts.refusal.NotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * On the pages, a referral that does not exist and another borough's inbox are the same page: 404, "Page not
 * found", in HTML rather than the platform's problem+json (an unknown referral is a {@link NotFound} too). For
 * the pages only.
 */
@ControllerAdvice(assignableTypes = InboxPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageProblems {

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "referrals/not-found";
    }
}
