package london.sanctuary.platform.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a borough's audit trail: who ({@code subject}, and {@code name} for staff; a service client has
 * none), did what ({@code action}), when ({@code at}), through which service, to whose data ({@code
 * participantRef}) and which record of it ({@code recordId}, when not the person's own). Nothing else: no body, no
 * name of the person, no free text.
 */
public record AuditEntry(
        String id,
        Instant at,
        String borough,
        String service,
        String action,
        String subject,
        String name,
        String participantRef,
        String recordId) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(borough, "borough");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
    }
}
