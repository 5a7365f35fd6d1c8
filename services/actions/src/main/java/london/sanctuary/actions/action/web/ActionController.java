package london.sanctuary.actions.action.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import london.sanctuary.actions.action.Action;
import london.sanctuary.actions.action.ActionDesk;
import london.sanctuary.actions.action.ActionId;
import london.sanctuary.actions.action.ThemeCode;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Versioned;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.platform.problem.IfMatch;
import london.sanctuary.platform.problem.PageLimit;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Raise, read, list, move on, annotate, complete and review a borough's actions. */
@RestController
@RequestMapping("/api/boroughs/{borough}/actions")
class ActionController {

    private final ActionDesk desk;
    private final Clock clock;

    ActionController(ActionDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ActionView> raise(@PathVariable String borough, @RequestBody RaiseRequest request) {
        String raisedBy = Caller.requireAnyOf(Role.SERVICE_LEAD, Role.OFFICER).id();
        Versioned<Action> raised = desk.raise(Borough.of(borough), request.toCommand(), raisedBy);
        return ResponseEntity.created(URI.create("/api/boroughs/" + borough + "/actions/"
                        + raised.value().id()))
                .eTag(IfMatch.etag(raised.version()))
                .body(ActionView.of(raised.value()));
    }

    @GetMapping
    List<ActionView> list(
            @PathVariable String borough,
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) Boolean reviewDue,
            @RequestParam(defaultValue = "100") int limit) {
        if (Boolean.TRUE.equals(reviewDue)) {
            if (status != null || theme != null) {
                throw new InvalidValue("reviewDue", "lists the ended actions due a review; leave out status and theme");
            }
            return desk.reviewDue(Borough.of(borough), PageLimit.of(limit)).stream()
                    .map(ActionView::of)
                    .toList();
        }
        ThemeCode code = theme == null ? null : themeParam(theme);
        return desk.list(Borough.of(borough), status, code, PageLimit.of(limit)).stream()
                .map(ActionView::of)
                .toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<ActionView> read(@PathVariable String borough, @PathVariable String id) {
        Action action = desk.find(Borough.of(borough), ActionId.parse(id));
        return ResponseEntity.ok().eTag(IfMatch.etag(action.version())).body(ActionView.of(action));
    }

    @PostMapping("/{id}/status")
    ResponseEntity<ActionView> changeStatus(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestBody StatusRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller.requireAnyOf(Role.SERVICE_LEAD, Role.OFFICER);
        return answer(desk.changeStatus(
                Borough.of(borough),
                ActionId.parse(id),
                request.status(),
                request.reasonWording(),
                IfMatch.expectedVersion(ifMatch, "action")));
    }

    @PostMapping("/{id}/notes")
    ResponseEntity<ActionView> addNote(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestBody NoteRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        String writtenBy = Caller.requireAnyOf(Role.SERVICE_LEAD, Role.OFFICER).id();
        return answer(desk.addNote(
                Borough.of(borough),
                ActionId.parse(id),
                request.toNote(writtenBy, clock.instant()),
                IfMatch.expectedVersion(ifMatch, "action")));
    }

    @PostMapping("/{id}/completion")
    ResponseEntity<ActionView> complete(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestBody CompletionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Caller.requireAnyOf(Role.SERVICE_LEAD, Role.OFFICER);
        return answer(desk.complete(
                Borough.of(borough),
                ActionId.parse(id),
                request.requiredOutcome(),
                request.wording(),
                request.reviewOn(),
                IfMatch.expectedVersion(ifMatch, "action")));
    }

    @PostMapping("/{id}/review")
    ResponseEntity<ActionView> review(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestBody ReviewRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        String reviewedBy = Caller.requireAnyOf(Role.SERVICE_LEAD, Role.OFFICER).id();
        return answer(desk.review(
                Borough.of(borough),
                ActionId.parse(id),
                request.toCommand(),
                reviewedBy,
                IfMatch.expectedVersion(ifMatch, "action")));
    }

    private static ResponseEntity<ActionView> answer(Versioned<Action> changed) {
        return ResponseEntity.ok().eTag(IfMatch.etag(changed.version())).body(ActionView.of(changed.value()));
    }

    private static ThemeCode themeParam(String theme) {
        try {
            return ThemeCode.of(theme);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("theme", "must be a theme code such as food");
        }
    }
}
