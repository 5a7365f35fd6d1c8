package london.sanctuary.workspace.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import london.sanctuary.workspace.London;

/** The port to every service's audit trail ({@code GET /api/boroughs/{b}/audit}). */
public interface AuditTrails {

    /** The services that keep a trail, in the order the export lists them. */
    List<String> SERVICES = List.of("consent", "engagement", "feedback", "actions", "referrals");

    /** A person's trail over the last year, merged across the services, newest first. */
    List<AuditLine> of(String borough, String participantRef);

    /** The borough's trail over a period, every service's CSV in one (the header once). */
    String export(String borough, LocalDate from, LocalDate to);

    /** One entry as the page shows it: when, which service, what, who (and their name), which record. */
    record AuditLine(Instant at, String service, String action, String subject, String name, String recordId) {

        private static final DateTimeFormatter LONDON =
                DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss").withZone(London.ZONE);

        /** When, in London's time, as the page shows it. */
        public String when() {
            return LONDON.format(at);
        }
    }
}
