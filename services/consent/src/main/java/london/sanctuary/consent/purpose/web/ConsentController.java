package london.sanctuary.consent.purpose.web;

import java.net.URI;
import java.util.List;
import london.sanctuary.consent.participant.ConsentRecord;
import london.sanctuary.consent.participant.WithdrawConsent;
import london.sanctuary.consent.participant.web.ConsentView;
import london.sanctuary.consent.participant.web.RefInPath;
import london.sanctuary.consent.purpose.ConsentDesk;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Versioned;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.problem.IfMatch;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Grant, withdraw, list and check a participant's consents. */
@RestController
@RequestMapping("/api/boroughs/{borough}/participants/{ref}/consents")
class ConsentController {

    private final ConsentDesk desk;

    ConsentController(ConsentDesk desk) {
        this.desk = desk;
    }

    @Audited(value = "consent.granted", record = "consentId")
    @PostMapping
    ResponseEntity<ConsentView> grant(
            @PathVariable String borough,
            @PathVariable String ref,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody GrantRequest request) {
        String recordedBy = Caller.requireAnyOf(Role.OFFICER).id();
        Versioned<ConsentRecord> granted = desk.grant(
                Borough.of(borough),
                RefInPath.read(ref),
                request.toCommand(recordedBy),
                IfMatch.expectedVersion(ifMatch, "participant"));
        URI location = URI.create("/api/boroughs/" + borough + "/participants/" + ref + "/consents/"
                + granted.value().purpose());
        return ResponseEntity.created(location)
                .eTag(IfMatch.etag(granted.version()))
                .body(ConsentView.of(granted.value()));
    }

    @Audited(value = "consent.withdrawn", record = "consentId")
    @PostMapping("/{purpose}/withdrawal")
    ResponseEntity<ConsentView> withdraw(
            @PathVariable String borough,
            @PathVariable String ref,
            @PathVariable ConsentPurpose purpose,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) WithdrawalRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        Versioned<ConsentRecord> withdrawn = desk.withdraw(
                Borough.of(borough),
                RefInPath.read(ref),
                new WithdrawConsent(purpose, request == null ? null : request.reason()),
                IfMatch.expectedVersion(ifMatch, "participant"));
        return ResponseEntity.ok().eTag(IfMatch.etag(withdrawn.version())).body(ConsentView.of(withdrawn.value()));
    }

    /** The person confirmed again the consent they hold: recorded on the grant, without withdrawing it. */
    @Audited(value = "consent.reconfirmed", record = "purpose")
    @PostMapping("/{purpose}/reconfirmation")
    ResponseEntity<ConsentView> reconfirm(
            @PathVariable String borough,
            @PathVariable String ref,
            @PathVariable ConsentPurpose purpose,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody ReconfirmationRequest request) {
        String confirmedBy = Caller.requireAnyOf(Role.OFFICER).id();
        Versioned<ConsentRecord> confirmed = desk.reconfirm(
                Borough.of(borough),
                RefInPath.read(ref),
                request.toCommand(purpose, confirmedBy),
                IfMatch.expectedVersion(ifMatch, "participant"));
        return ResponseEntity.ok().eTag(IfMatch.etag(confirmed.version())).body(ConsentView.of(confirmed.value()));
    }

    @Audited("consent.history-read")
    @GetMapping
    ResponseEntity<List<ConsentView>> history(@PathVariable String borough, @PathVariable String ref) {
        Versioned<List<ConsentRecord>> history = desk.history(Borough.of(borough), RefInPath.read(ref));
        return ResponseEntity.ok()
                .eTag(IfMatch.etag(history.version()))
                .body(history.value().stream().map(ConsentView::of).toList());
    }

    @Audited(value = "consent.checked", record = "purpose")
    @GetMapping("/{purpose}")
    ConsentCheckView check(
            @PathVariable String borough, @PathVariable String ref, @PathVariable ConsentPurpose purpose) {
        return ConsentCheckView.of(desk.check(Borough.of(borough), RefInPath.read(ref), purpose));
    }
}
