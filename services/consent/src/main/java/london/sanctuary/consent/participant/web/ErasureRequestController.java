package london.sanctuary.consent.participant.web;

import java.time.Instant;
import java.util.List;
import london.sanctuary.consent.participant.ErasureRequest;
import london.sanctuary.consent.participant.ErasureRequests;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.problem.PageLimit;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people who asked, on their own page, to be erased: a task for the borough's officers, oldest first, refs and
 * dates only. An officer erases through {@code DELETE …/participants/{ref}}, after which the request is gone.
 */
@RestController
class ErasureRequestController {

    private final ErasureRequests requests;

    ErasureRequestController(ErasureRequests requests) {
        this.requests = requests;
    }

    @Audited(value = "erasure-requests.listed", participant = "")
    @GetMapping("/api/boroughs/{borough}/erasure-requests")
    List<ErasureRequestView> findErasureRequests(
            @PathVariable String borough, @RequestParam(defaultValue = "100") int limit) {
        Caller.requireAnyOf(Role.OFFICER);
        return requests.open(Borough.of(borough), PageLimit.of(limit)).stream()
                .map(ErasureRequestView::of)
                .toList();
    }

    /** One open request: whose and since when. */
    record ErasureRequestView(String participantRef, Instant askedAt) {

        static ErasureRequestView of(ErasureRequest request) {
            return new ErasureRequestView(request.participantRef().toString(), request.askedAt());
        }
    }
}
