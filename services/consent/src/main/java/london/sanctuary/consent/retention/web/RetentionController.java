package london.sanctuary.consent.retention.web;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import london.sanctuary.consent.participant.web.RefInPath;
import london.sanctuary.consent.retention.Activity;
import london.sanctuary.consent.retention.DueForReview;
import london.sanctuary.consent.retention.KeepDecision;
import london.sanctuary.consent.retention.RetentionReview;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.platform.problem.PageLimit;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The service lead's retention review: who is past the borough's period, and keeping a record with a reason. */
@RestController
@RequestMapping("/api/boroughs/{borough}")
class RetentionController {

    private final RetentionReview review;

    RetentionController(RetentionReview review) {
        this.review = review;
    }

    @GetMapping("/retention-review")
    ReviewList findRetentionReview(@PathVariable String borough, @RequestParam(defaultValue = "100") int limit) {
        Caller.requireAnyOf(Role.SERVICE_LEAD);
        Borough b = Borough.of(borough);
        List<Item> items =
                review.due(b, PageLimit.of(limit)).stream().map(Item::of).toList();
        return new ReviewList(review.policy().periodFor(b), items, limit);
    }

    @PostMapping("/participants/{ref}/retention-decision")
    @ResponseStatus(HttpStatus.CREATED)
    Item keepRecord(@PathVariable String borough, @PathVariable String ref, @RequestBody DecisionRequest request) {
        String decidedBy = Caller.requireAnyOf(Role.SERVICE_LEAD).id();
        if (!Boolean.TRUE.equals(request.keep())) {
            throw new InvalidValue("keep", "must be true: to erase the person, erase them (DELETE the participant)");
        }
        return Item.of(review.keep(Borough.of(borough), RefInPath.read(ref), decidedBy, request.reason()));
    }

    /** {@code {keep: true, reason}}; the reason is not personal data. */
    record DecisionRequest(Boolean keep, String reason) {}

    /** The list, with the borough's period (ISO 8601, e.g. {@code P2Y}). */
    record ReviewList(Period retention, List<Item> items, int limit) {}

    /** One person on the list: refs and times only, and the last decision to keep them, if any. */
    record Item(UUID participantRef, Instant enrolledAt, Instant lastActivityAt, Instant reviewDueAt, Kept lastKept) {

        static Item of(DueForReview due) {
            Activity a = due.activity();
            return new Item(
                    a.participantRef().value(),
                    a.enrolledAt(),
                    a.lastActivityAt(),
                    due.reviewDueAt(),
                    a.kept().map(Kept::of).orElse(null));
        }
    }

    /** A decision to keep: when, by whom, why. */
    record Kept(Instant decidedAt, String decidedBy, String reason) {
        static Kept of(KeepDecision d) {
            return new Kept(d.decidedAt(), d.decidedBy(), d.reason());
        }
    }
}
