package london.sanctuary.platform.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A borough's audit trail for a period, for a service lead: as JSON, or as CSV ({@code Accept: text/csv}). Asking
 * for one person's trail is itself recorded ({@code audit.read}).
 */
@RestController
class AuditController {

    static final int MAX = 10_000;
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private final AuditTrail trail;
    private final Clock clock;

    AuditController(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /** What one page of the trail holds: the entries, newest first, and whether the limit cut the period short. */
    record AuditPage(Period period, List<AuditEntry> entries, boolean truncated) {}

    @GetMapping(path = "/api/boroughs/{borough}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Audited(value = "audit.read", participant = "participantRef")
    AuditPage read(
            @PathVariable String borough,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String participantRef,
            @RequestParam(defaultValue = "1000") int limit) {
        return page(borough, from, to, participantRef, limit);
    }

    @GetMapping(path = "/api/boroughs/{borough}/audit", produces = "text/csv")
    @Audited(value = "audit.exported", participant = "participantRef")
    ResponseEntity<String> export(
            @PathVariable String borough,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String participantRef,
            @RequestParam(defaultValue = "10000") int limit) {
        AuditPage page = page(borough, from, to, participantRef, limit);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + borough + ".csv\"")
                .header("Audit-Truncated", String.valueOf(page.truncated()))
                .body(AuditCsv.write(page.entries()));
    }

    private AuditPage page(String borough, String from, String to, String participantRef, int limit) {
        Caller.requireAnyOf(Role.SERVICE_LEAD);
        if (limit < 1 || limit > MAX) {
            throw new InvalidValue("limit", "must be from 1 to " + MAX);
        }
        String ref = participantRef == null
                ? null
                : ParticipantRef.of(participantRef).toString();
        Period period = Period.of(from, to, clock.instant());
        List<AuditEntry> found = trail.find(borough, period, ref, limit + 1);
        boolean truncated = found.size() > limit;
        return new AuditPage(period, truncated ? found.subList(0, limit) : found, truncated);
    }
}
