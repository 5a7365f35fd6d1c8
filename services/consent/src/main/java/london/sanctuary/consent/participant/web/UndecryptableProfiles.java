package london.sanctuary.consent.participant.web;

import london.sanctuary.platform.crypto.Undecryptable;
import london.sanctuary.platform.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A stored profile that does not open with its participant's key: the platform's 500, logged as what it is (a
 * key or store fault to investigate) without the platform's stack trace, which would name nothing useful.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UndecryptableProfiles {

    private static final Logger log = LoggerFactory.getLogger(UndecryptableProfiles.class);

    @ExceptionHandler(Undecryptable.class)
    ProblemDetail undecryptable(Undecryptable e) {
        log.error("A stored profile did not decrypt with its participant's key");
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was changed");
    }
}
