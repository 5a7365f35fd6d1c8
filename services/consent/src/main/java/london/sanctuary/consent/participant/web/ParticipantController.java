package london.sanctuary.consent.participant.web;

import java.net.URI;
import java.time.Clock;
import london.sanctuary.consent.participant.DetailsChange;
import london.sanctuary.consent.participant.Enrolment;
import london.sanctuary.consent.participant.Erasure;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.consent.participant.ParticipantSearch;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.Versioned;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.problem.IfMatch;
import london.sanctuary.platform.problem.PageLimit;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** Enrol, find, read, change and erase participants of a borough. */
@RestController
@RequestMapping("/api/boroughs/{borough}/participants")
class ParticipantController {

    private final Enrolment enrolment;
    private final ParticipantLookup lookup;
    private final Erasure erasure;
    private final ParticipantSearch search;
    private final DetailsChange details;
    private final Clock clock;

    ParticipantController(
            Enrolment enrolment,
            ParticipantLookup lookup,
            Erasure erasure,
            ParticipantSearch search,
            DetailsChange details,
            Clock clock) {
        this.enrolment = enrolment;
        this.lookup = lookup;
        this.erasure = erasure;
        this.search = search;
        this.details = details;
        this.clock = clock;
    }

    @Audited(value = "participant.enrolled", participant = "participantRef")
    @PostMapping
    ResponseEntity<EnrolmentResponse> enrol(@PathVariable String borough, @RequestBody EnrolmentRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        Versioned<Participant> enrolled =
                enrolment.enrol(Borough.of(borough), request.toProfile(), request.confirmed());
        Participant participant = enrolled.value();
        return ResponseEntity.created(URI.create("/api/boroughs/" + borough + "/participants/" + participant.ref()))
                .eTag(IfMatch.etag(enrolled.version()))
                .body(EnrolmentResponse.of(participant));
    }

    @Audited("participant.read")
    @GetMapping("/{ref}")
    ResponseEntity<ParticipantView> read(@PathVariable String borough, @PathVariable String ref) {
        Caller.requireAnyOf(Role.OFFICER, Role.MOVE_ON); // the move-on team checks SHARE_ON_MOVE before sending
        Participant participant = lookup.findLive(Borough.of(borough), RefInPath.read(ref));
        return ResponseEntity.ok()
                .eTag(IfMatch.etag(participant.version()))
                .body(ParticipantView.of(participant, lookup.profileOf(participant)));
    }

    /**
     * How to reach a participant, for another service of the borough (the actions service closing the loop):
     * only while RECONTACT holds now, else the same 404 as an unknown participant; 410 after erasure.
     */
    @Audited("participant.contact-read")
    @GetMapping("/{ref}/contact")
    ContactView contact(@PathVariable String borough, @PathVariable String ref) {
        Caller.requireAnyOf(Role.SERVICE, Role.OFFICER);
        ParticipantRef participantRef = RefInPath.read(ref);
        return ContactView.of(participantRef, lookup.contactableProfile(Borough.of(borough), participantRef, clock));
    }

    /**
     * The borough's participants, refs and enrolment times only; with {@code q} (officers and the move-on team), the people whose
     * reference, phone number or every word of whose name matches, with their names and languages.
     */
    @Audited(value = "participants.searched", participant = "")
    @GetMapping
    ParticipantList list(
            @PathVariable String borough,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "50") int limit) {
        int bounded = PageLimit.of(limit);
        if (q == null) {
            return ParticipantList.of(lookup.list(Borough.of(borough), bounded), limit);
        }
        Caller.requireAnyOf(Role.OFFICER, Role.MOVE_ON);
        return ParticipantList.of(search.find(Borough.of(borough), q, bounded), limit);
    }

    /** Changes the person's details (a JSON merge patch), sealed again under their key; 409 when stale. */
    @Audited("participant.changed")
    @PatchMapping(
            path = "/{ref}",
            consumes = {"application/merge-patch+json", "application/json"})
    ResponseEntity<ParticipantView> change(
            @PathVariable String borough,
            @PathVariable String ref,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody ObjectNode patch) {
        Caller.requireAnyOf(Role.OFFICER);
        Versioned<Participant> changed = details.change(
                Borough.of(borough),
                RefInPath.read(ref),
                DetailsPatch.read(patch),
                IfMatch.expectedVersion(ifMatch, "participant"));
        Participant participant = changed.value();
        return ResponseEntity.ok()
                .eTag(IfMatch.etag(changed.version()))
                .body(ParticipantView.of(participant, lookup.profileOf(participant), changed.version()));
    }

    @Audited("participant.erased")
    @DeleteMapping("/{ref}")
    ResponseEntity<Void> erase(
            @PathVariable String borough,
            @PathVariable String ref,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller.requireAnyOf(Role.OFFICER);
        erasure.erase(Borough.of(borough), RefInPath.read(ref), IfMatch.expectedVersion(ifMatch, "participant"));
        return ResponseEntity.noContent().build();
    }
}
