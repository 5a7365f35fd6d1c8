package london.sanctuary.referrals.web;

import london.sanctuary.platform.problem.Problems;
import london.sanctuary.referrals.crypto.KeyDirectory;
import london.sanctuary.referrals.incoming.KeyFetcher;
import london.sanctuary.referrals.incoming.Transfers;
import london.sanctuary.referrals.outgoing.LinkedAnswers;
import london.sanctuary.referrals.outgoing.MoveOnRecords;
import london.sanctuary.referrals.outgoing.Sending;
import london.sanctuary.referrals.referral.IdTaken;
import london.sanctuary.referrals.release.KeyWithheld;
import london.sanctuary.referrals.release.ShareOnMove;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The refusals only referrals has, before the platform's advice (which answers the shared vocabulary: an unknown
 * referral, a stale version, a rule of the referral's state): a 409 naming the id or person already referred, a
 * key withheld for good (410), and a neighbour service that is down (503 with Retry-After: the work waits,
 * nothing is lost).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ReferralProblems {

    private static final Logger log = LoggerFactory.getLogger(ReferralProblems.class);

    @ExceptionHandler(KeyWithheld.class)
    ProblemDetail withheld(KeyWithheld e) {
        return Problems.of(HttpStatus.GONE, e.getMessage());
    }

    @ExceptionHandler(IdTaken.class)
    ProblemDetail taken(IdTaken e) {
        return conflictOn("referralId", e);
    }

    @ExceptionHandler(Sending.AlreadyReferred.class)
    ProblemDetail alreadyReferred(Sending.AlreadyReferred e) {
        return conflictOn("participantRef", e);
    }

    @ExceptionHandler({
        MoveOnRecords.ConsentUnavailable.class,
        Transfers.ConsentUnavailable.class,
        KeyFetcher.SenderUnavailable.class,
        LinkedAnswers.FeedbackUnavailable.class,
        ShareOnMove.Unknown.class,
        KeyDirectory.Unavailable.class
    })
    ProblemDetail unavailable(RuntimeException e) {
        log.warn("Answered 503: {}", e.getMessage());
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage() + "; try again later");
        problem.setProperty("retryAfterSeconds", 30);
        return problem;
    }

    private static ProblemDetail conflictOn(String field, RuntimeException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("field", field);
        return problem;
    }
}
