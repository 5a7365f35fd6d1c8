package london.sanctuary.consent.safeguarding.web;

import java.net.URI;
import java.util.List;
import london.sanctuary.consent.participant.web.RefInPath;
import london.sanctuary.consent.safeguarding.Concern;
import london.sanctuary.consent.safeguarding.ConcernId;
import london.sanctuary.consent.safeguarding.SafeguardingDesk;
import london.sanctuary.consent.safeguarding.web.ConcernRequests.ClosureRequest;
import london.sanctuary.consent.safeguarding.web.ConcernRequests.FlagRequest;
import london.sanctuary.consent.safeguarding.web.ConcernViews.ConcernNotice;
import london.sanctuary.consent.safeguarding.web.ConcernViews.ConcernView;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.platform.problem.PageLimit;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Flag a safeguarding concern on a person (any officer), list and close concerns (the safeguarding lead). An
 * officer who is not the lead sees that a person has concerns and their state, never their text.
 */
@RestController
@RequestMapping("/api/boroughs/{borough}")
class ConcernController {

    private final SafeguardingDesk desk;

    ConcernController(SafeguardingDesk desk) {
        this.desk = desk;
    }

    @PostMapping("/participants/{ref}/concerns")
    ResponseEntity<ConcernNotice> flagConcern(
            @PathVariable String borough, @PathVariable String ref, @RequestBody FlagRequest request) {
        Caller.requireAnyOf(Role.OFFICER, Role.SAFEGUARDING_LEAD);
        Concern concern =
                desk.flag(Borough.of(borough), RefInPath.read(ref), request.summary(), StaffOnToken.current());
        return ResponseEntity.created(URI.create("/api/boroughs/" + borough + "/concerns/" + concern.id()))
                .body(ConcernNotice.of(concern));
    }

    /** The lead sees each concern's text; an officer sees only that there are concerns, and their state. */
    @GetMapping("/participants/{ref}/concerns")
    List<?> findConcernsOfPerson(@PathVariable String borough, @PathVariable String ref) {
        Caller caller = Caller.requireAnyOf(Role.OFFICER, Role.SAFEGUARDING_LEAD);
        ParticipantRef participantRef = RefInPath.read(ref);
        if (caller.has(Role.SAFEGUARDING_LEAD)) {
            return desk.readOf(Borough.of(borough), participantRef).stream()
                    .map(ConcernView::of)
                    .toList();
        }
        return desk.of(Borough.of(borough), participantRef).stream()
                .map(ConcernNotice::of)
                .toList();
    }

    @GetMapping("/concerns")
    List<ConcernView> findConcerns(
            @PathVariable String borough,
            @RequestParam(defaultValue = "open") String state,
            @RequestParam(defaultValue = "100") int limit) {
        Caller.requireAnyOf(Role.SAFEGUARDING_LEAD);
        if (!state.equals("open") && !state.equals("closed")) {
            throw new InvalidValue("state", "must be open or closed");
        }
        return desk.list(Borough.of(borough), state.equals("open"), PageLimit.of(limit)).stream()
                .map(ConcernView::of)
                .toList();
    }

    @PostMapping("/concerns/{id}/closure")
    ConcernView closeConcern(
            @PathVariable String borough, @PathVariable String id, @RequestBody ClosureRequest request) {
        Caller.requireAnyOf(Role.SAFEGUARDING_LEAD);
        return ConcernView.of(
                desk.close(Borough.of(borough), ConcernId.read(id), request.actionTaken(), StaffOnToken.current()));
    }
}
