package london.sanctuary.platform.audit;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Audit entries as CSV ({@code at,borough,service,action,subject,name,participant_ref,record_id}), RFC 4180, with a
 * leading quote on any cell a spreadsheet would run as a formula.
 */
public final class AuditCsv {

    public static final String HEADER = "at,borough,service,action,subject,name,participant_ref,record_id";

    private AuditCsv() {}

    public static String write(List<AuditEntry> entries) {
        return Stream.concat(Stream.of(HEADER), entries.stream().map(AuditCsv::row))
                        .collect(Collectors.joining("\r\n"))
                + "\r\n";
    }

    static String row(AuditEntry e) {
        return Stream.of(
                        e.at().toString(),
                        e.borough(),
                        e.service(),
                        e.action(),
                        e.subject(),
                        e.name(),
                        e.participantRef(),
                        e.recordId())
                .map(AuditCsv::cell)
                .collect(Collectors.joining(","));
    }

    /** RFC 4180 quoting, and a leading quote on text a spreadsheet would run as a formula. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
