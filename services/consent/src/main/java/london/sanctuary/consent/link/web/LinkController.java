package london.sanctuary.consent.link.web;

import java.net.URI;
import london.sanctuary.consent.link.IssuedLink;
import london.sanctuary.consent.link.LinkDesk;
import london.sanctuary.consent.link.LinkEnded;
import london.sanctuary.consent.link.LinkTexts;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.consent.participant.web.RefInPath;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Officers issue a person's personal link (by text, or for a printed card), see whether one is open, and end it. */
@RestController
@RequestMapping("/api/boroughs/{borough}/participants/{ref}/personal-link")
class LinkController {

    private final LinkDesk desk;
    private final LinkTexts texts;
    private final ParticipantLookup lookup;

    LinkController(LinkDesk desk, LinkTexts texts, ParticipantLookup lookup) {
        this.desk = desk;
        this.texts = texts;
        this.lookup = lookup;
    }

    @Audited("personal-link.issued")
    @PostMapping
    ResponseEntity<LinkView> issue(
            @PathVariable String borough, @PathVariable String ref, @RequestBody LinkRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        boolean byText = request.byText();
        Borough scoped = Borough.of(borough);
        ParticipantRef person = RefInPath.read(ref);
        IssuedLink issued = byText ? texts.text(scoped, person) : desk.issue(scoped, person);
        URI location = URI.create("/api/boroughs/" + borough + "/participants/" + ref + "/personal-link");
        return ResponseEntity.created(location)
                .header("Cache-Control", "no-store")
                .body(LinkView.of(issued.link(), request.delivery(), byText ? null : issued.address()));
    }

    @Audited("personal-link.read")
    @GetMapping
    LinkView current(@PathVariable String borough, @PathVariable String ref) {
        Caller.requireAnyOf(Role.OFFICER);
        Borough scoped = Borough.of(borough);
        ParticipantRef person = RefInPath.read(ref);
        lookup.findLive(scoped, person);
        return desk.current(scoped, person)
                .map(link -> LinkView.of(link, null, null))
                .orElseThrow(() -> new NotFound("Personal link"));
    }

    @Audited("personal-link.ended")
    @DeleteMapping
    ResponseEntity<Void> end(@PathVariable String borough, @PathVariable String ref) {
        Caller.requireAnyOf(Role.OFFICER);
        Borough scoped = Borough.of(borough);
        ParticipantRef person = RefInPath.read(ref);
        lookup.findLive(scoped, person);
        desk.end(scoped, person, LinkEnded.BY_STAFF);
        return ResponseEntity.noContent().build();
    }
}
