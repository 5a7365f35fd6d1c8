package london.sanctuary.consent.participant.web;

import java.net.URI;
import java.time.Clock;
import london.sanctuary.consent.participant.Enrolment;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.problem.IfMatch;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Move-on between boroughs, for the borough's referrals service (service role): what may move with a person
 * (only while SHARE_ON_MOVE holds), and enrolling a person who moved here, with the participantRef they have.
 */
@RestController
@RequestMapping("/api/boroughs/{borough}/participants")
class TransferController {

    private final Enrolment enrolment;
    private final ParticipantLookup lookup;
    private final Clock clock;

    TransferController(Enrolment enrolment, ParticipantLookup lookup, Clock clock) {
        this.enrolment = enrolment;
        this.lookup = lookup;
        this.clock = clock;
    }

    /** 200 only while SHARE_ON_MOVE holds now; otherwise the 404 an unknown ref gets; 410 after erasure. */
    @Audited("participant.move-on-read")
    @GetMapping("/{ref}/move-on")
    MoveOnView moveOn(@PathVariable String borough, @PathVariable String ref) {
        Caller.requireAnyOf(Role.SERVICE);
        Participant participant = lookup.movable(Borough.of(borough), RefInPath.read(ref), clock);
        return MoveOnView.of(participant, lookup.profileOf(participant), clock);
    }

    /** 201 for a new enrolment, 200 for a repeat of the same participantRef (idempotent); 410 if erased here. */
    @Audited(value = "participant.transferred-in", participant = "participantRef")
    @PostMapping("/transfers")
    ResponseEntity<EnrolmentResponse> transferIn(@PathVariable String borough, @RequestBody TransferRequest request) {
        Caller.requireAnyOf(Role.SERVICE);
        Borough here = Borough.of(borough);
        Borough from = request.from();
        Enrolment.Transferred transferred =
                enrolment.transferIn(here, request.ref(), from, request.toProfile(), request.grants(from));
        Participant participant = transferred.participant();
        return ResponseEntity.status(transferred.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/boroughs/" + borough + "/participants/" + participant.ref()))
                .eTag(IfMatch.etag(transferred.version()))
                .body(EnrolmentResponse.of(participant));
    }
}
