package london.sanctuary.referrals.incoming.web;

import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Versioned;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.problem.IfMatch;
import london.sanctuary.platform.problem.PageLimit;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import london.sanctuary.referrals.incoming.Decisions;
import london.sanctuary.referrals.incoming.Erasures;
import london.sanctuary.referrals.referral.DeclineReason;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.UnknownReferral;
import london.sanctuary.referrals.referral.web.ReferralView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The receiving borough's move-on team: the inbox, and accepting, declining, picking up, completing, and erasing a
 * copy the sending borough asked it to review.
 */
@RestController
@RequestMapping(path = "/api/boroughs/{borough}/incoming", produces = MediaType.APPLICATION_JSON_VALUE)
class IncomingController {

    private final Decisions decisions;
    private final Erasures erasures;
    private final IncomingReads reads;

    IncomingController(Decisions decisions, Erasures erasures, Clock clock) {
        this.decisions = decisions;
        this.erasures = erasures;
        this.reads = new IncomingReads(decisions, clock);
    }

    @GetMapping
    List<ReferralView> inbox(@PathVariable String borough, @RequestParam(defaultValue = "100") int limit) {
        Caller.requireAnyOf(Role.MOVE_ON);
        return reads.inbox(Borough.of(borough), PageLimit.of(limit));
    }

    @Audited(value = "referral.incoming-read", participant = "referral.participantRef", record = "id")
    @GetMapping("/{id}")
    ResponseEntity<IncomingDetail> read(@PathVariable String borough, @PathVariable String id) {
        Caller.requireAnyOf(Role.MOVE_ON);
        Referral referral = decisions.find(Borough.of(borough), UnknownReferral.idFrom(id));
        return ResponseEntity.ok().eTag(IfMatch.etag(referral.version())).body(detail(referral));
    }

    @Audited(value = "referral.accepted", participant = "referral.participantRef", record = "id")
    @PostMapping("/{id}/acceptance")
    ResponseEntity<IncomingDetail> accept(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller.requireAnyOf(Role.MOVE_ON);
        return answer(decisions.accept(
                Borough.of(borough), UnknownReferral.idFrom(id), IfMatch.expectedVersion(ifMatch, "referral")));
    }

    @Audited(value = "referral.declined", participant = "referral.participantRef", record = "id")
    @PostMapping("/{id}/decline")
    ResponseEntity<IncomingDetail> decline(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestBody DeclineRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller.requireAnyOf(Role.MOVE_ON);
        return answer(decisions.decline(
                Borough.of(borough),
                UnknownReferral.idFrom(id),
                DeclineReason.parse(request.reason()),
                IfMatch.expectedVersion(ifMatch, "referral")));
    }

    @Audited(value = "referral.picked-up", participant = "referral.participantRef", record = "id")
    @PostMapping("/{id}/pickups")
    ResponseEntity<IncomingDetail> pickUp(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestBody PickupRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller.requireAnyOf(Role.MOVE_ON);
        if (request.item() == null) {
            throw new InvalidValue("item", "is required: the index of the support item");
        }
        return answer(decisions.pickUp(
                Borough.of(borough),
                UnknownReferral.idFrom(id),
                request.item(),
                request.localService(),
                request.otherService(),
                IfMatch.expectedVersion(ifMatch, "referral")));
    }

    @Audited(value = "referral.completed", participant = "referral.participantRef", record = "id")
    @PostMapping("/{id}/completion")
    ResponseEntity<IncomingDetail> complete(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller.requireAnyOf(Role.MOVE_ON);
        return answer(decisions.complete(
                Borough.of(borough), UnknownReferral.idFrom(id), IfMatch.expectedVersion(ifMatch, "referral")));
    }

    /**
     * EraseReferral: the copy the sending borough asked this borough to review (its erasure notice) is erased here
     * — the record and the key of the imported package — and the sender gets the receipt. 204; 422 unless flagged.
     */
    @Audited(value = "referral.erased", participant = "", record = "id")
    @PostMapping("/{id}/erasure")
    ResponseEntity<Void> erase(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller.requireAnyOf(Role.MOVE_ON);
        erasures.erase(Borough.of(borough), UnknownReferral.idFrom(id), IfMatch.expectedVersion(ifMatch, "referral"));
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<IncomingDetail> answer(Versioned<Referral> changed) {
        return ResponseEntity.ok().eTag(IfMatch.etag(changed.version())).body(detail(changed.value()));
    }

    private IncomingDetail detail(Referral referral) {
        return reads.detail(referral);
    }

    /** A reason code from {@link DeclineReason}: no free text crosses the exchange. */
    record DeclineRequest(@Size(max = 60) String reason) {}

    /**
     * Which local service takes support item {@code item} on: {@code localService}, the id of a directory service that
     * offers its kind, or, only where the directory has none, {@code otherService}, its name.
     */
    record PickupRequest(
            Integer item,
            @Size(max = 200) String localService,
            @Size(max = 200) String otherService) {}
}
