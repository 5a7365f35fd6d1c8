package london.sanctuary.workspace.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import london.sanctuary.workspace.services.ServiceClients;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** {@link AuditTrails} over each service's audit query, with the signed-in person's token. */
@Component
class ServiceAuditTrails implements AuditTrails {

    private static final String CSV_HEADER_END = "\r\n";
    private final ServiceClients services;

    ServiceAuditTrails(ServiceClients services) {
        this.services = services;
    }

    @Override
    public List<AuditLine> of(String borough, String participantRef) {
        String from = Instant.now().minus(365, ChronoUnit.DAYS).toString();
        List<AuditLine> lines = new ArrayList<>();
        for (String service : SERVICES) {
            Map<String, Object> page = services.of(service)
                    .get()
                    .uri(
                            "/api/boroughs/{b}/audit?participantRef={ref}&from={from}&limit=10000",
                            borough,
                            participantRef,
                            from)
                    .retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() {});
            lines.addAll(lines(page));
        }
        lines.sort(Comparator.comparing(AuditLine::at).reversed());
        return lines;
    }

    @Override
    public String export(String borough, LocalDate from, LocalDate to) {
        StringBuilder csv = new StringBuilder();
        for (String service : SERVICES) {
            String body = services.of(service)
                    .get()
                    .uri("/api/boroughs/{b}/audit?from={from}&to={to}", borough, from, to)
                    .header("Accept", "text/csv")
                    .retrieve()
                    .body(String.class);
            String text = body == null ? "" : body;
            csv.append(csv.isEmpty() ? text : text.substring(text.indexOf(CSV_HEADER_END) + CSV_HEADER_END.length()));
        }
        return csv.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<AuditLine> lines(Map<String, Object> page) {
        List<Map<String, Object>> entries =
                page == null ? List.of() : (List<Map<String, Object>>) page.getOrDefault("entries", List.of());
        return entries.stream()
                .map(e -> new AuditLine(
                        Instant.parse((String) e.get("at")),
                        (String) e.get("service"),
                        (String) e.get("action"),
                        (String) e.get("subject"),
                        (String) e.get("name"),
                        (String) e.get("recordId")))
                .toList();
    }
}
