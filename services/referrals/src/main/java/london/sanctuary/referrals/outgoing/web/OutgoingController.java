package london.sanctuary.referrals.outgoing.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Versioned;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.problem.IfMatch;
import london.sanctuary.platform.problem.PageLimit;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import london.sanctuary.referrals.outgoing.Sending;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.UnknownReferral;
import london.sanctuary.referrals.referral.web.ReferralView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sending borough's move-on team: send, read, list and cancel outgoing referrals. */
@RestController
@RequestMapping("/api/boroughs/{borough}/referrals")
class OutgoingController {

    private final Sending sending;
    private final Clock clock;

    OutgoingController(Sending sending, Clock clock) {
        this.sending = sending;
        this.clock = clock;
    }

    /** 201 for a new referral; 200 with the same referral for a retry with the same referralId. */
    @Audited(value = "referral.sent", participant = "participantRef", record = "referralId")
    @PostMapping
    ResponseEntity<ReferralView> send(@PathVariable String borough, @RequestBody SendRequest request) {
        Caller.requireAnyOf(Role.MOVE_ON);
        Sending.Sent sent = sending.send(Borough.of(borough), request.toCommand());
        Versioned<Referral> referral = sent.referral();
        return ResponseEntity.status(sent.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/boroughs/" + borough + "/referrals/"
                        + referral.value().id()))
                .eTag(IfMatch.etag(referral.version()))
                .body(ReferralView.of(referral.value(), clock.instant()));
    }

    @GetMapping
    List<ReferralView> list(@PathVariable String borough, @RequestParam(defaultValue = "100") int limit) {
        Caller.requireAnyOf(Role.MOVE_ON);
        return sending.list(Borough.of(borough), PageLimit.of(limit)).stream()
                .map(r -> ReferralView.of(r, clock.instant()))
                .toList();
    }

    @Audited(value = "referral.read", participant = "participantRef", record = "id")
    @GetMapping("/{id}")
    ResponseEntity<ReferralView> read(@PathVariable String borough, @PathVariable String id) {
        Caller.requireAnyOf(Role.MOVE_ON);
        Referral referral = sending.find(Borough.of(borough), UnknownReferral.idFrom(id));
        return ResponseEntity.ok()
                .eTag(IfMatch.etag(referral.version()))
                .body(ReferralView.of(referral, clock.instant()));
    }

    @Audited(value = "referral.cancelled", participant = "participantRef", record = "id")
    @PostMapping("/{id}/cancellation")
    ResponseEntity<ReferralView> cancel(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller.requireAnyOf(Role.MOVE_ON);
        Versioned<Referral> cancelled = sending.cancel(
                Borough.of(borough), UnknownReferral.idFrom(id), IfMatch.expectedVersion(ifMatch, "referral"));
        return ResponseEntity.ok()
                .eTag(IfMatch.etag(cancelled.version()))
                .body(ReferralView.of(cancelled.value(), clock.instant()));
    }
}
