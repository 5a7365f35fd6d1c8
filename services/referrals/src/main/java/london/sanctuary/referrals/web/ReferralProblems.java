package london.sanctuary.referrals.web;

import java.util.List;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.platform.problem.Problems;
import london.sanctuary.referrals.incoming.KeyFetcher;
import london.sanctuary.referrals.incoming.Transfers;
import london.sanctuary.referrals.outgoing.LinkedAnswers;
import london.sanctuary.referrals.outgoing.MoveOnRecords;
import london.sanctuary.referrals.outgoing.Sending;
import london.sanctuary.referrals.referral.IdTaken;
import london.sanctuary.referrals.referral.InvalidValue;
import london.sanctuary.referrals.referral.ReferralRuleBroken;
import london.sanctuary.referrals.referral.StaleVersion;
import london.sanctuary.referrals.referral.UnknownReferral;
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
 * The domain's refusals as problem+json, before the platform's catch-all. An unknown referral gets the
 * platform's one 404 wording. A service that is down is 503 with Retry-After: the work waits, nothing is lost.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ReferralProblems {

    private static final Logger log = LoggerFactory.getLogger(ReferralProblems.class);

    @ExceptionHandler(InvalidValue.class)
    ProblemDetail invalid(InvalidValue e) {
        return Problems.invalidField(e.field(), e.detail());
    }

    @ExceptionHandler(ReferralRuleBroken.class)
    ProblemDetail ruleBroken(ReferralRuleBroken e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        return Problems.withErrors(problem, List.of(new Problems.FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(UnknownReferral.class)
    ProblemDetail unknown(UnknownReferral e) {
        return Problems.of(HttpStatus.NOT_FOUND, NotFound.DETAIL);
    }

    @ExceptionHandler(KeyWithheld.class)
    ProblemDetail withheld(KeyWithheld e) {
        return Problems.of(HttpStatus.GONE, e.getMessage());
    }

    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("field", "version");
        return problem;
    }

    @ExceptionHandler(IdTaken.class)
    ProblemDetail taken(IdTaken e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("field", "referralId");
        return problem;
    }

    @ExceptionHandler(Sending.AlreadyReferred.class)
    ProblemDetail alreadyReferred(Sending.AlreadyReferred e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("field", "participantRef");
        return problem;
    }

    @ExceptionHandler({
        MoveOnRecords.ConsentUnavailable.class,
        Transfers.ConsentUnavailable.class,
        KeyFetcher.SenderUnavailable.class,
        LinkedAnswers.FeedbackUnavailable.class,
        ShareOnMove.Unknown.class
    })
    ProblemDetail unavailable(RuntimeException e) {
        log.warn("Answered 503: {}", e.getMessage());
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage() + "; try again later");
        problem.setProperty("retryAfterSeconds", 30);
        return problem;
    }
}
