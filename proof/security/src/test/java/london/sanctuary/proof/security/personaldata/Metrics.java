package london.sanctuary.proof.security.personaldata;

import java.util.LinkedHashMap;
import java.util.Map;
import london.sanctuary.local.services.RunningService;
import london.sanctuary.platform.test.ApiClient;

/** Each service's Prometheus scrape ({@code /actuator/prometheus}): every series' name, tags and value. */
final class Metrics {

    private Metrics() {}

    /** The scrape of each running service, by service name. */
    static Map<String, String> scrapes(DemoRun run) {
        Map<String, String> scrapes = new LinkedHashMap<>();
        for (RunningService service : run.services()) {
            if (service.service().name().equals("workspace")) {
                continue; // signs staff in before anything: it records no metric of its own about people
            }
            ApiClient.Response scrape = new ApiClient(service.port(), null).get("/actuator/prometheus");
            if (scrape.status() != 200) {
                throw new IllegalStateException(service.service().name() + " scrape answered " + scrape.status());
            }
            scrapes.put(service.service().name(), scrape.body());
        }
        return scrapes;
    }

    /** The series of a scrape: every line that is not a comment. */
    static long series(String scrape) {
        return scrape.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
    }

    /** The sum of one metric's series across every scrape (0 when no service has it). */
    static double sum(Map<String, String> scrapes, String metric) {
        return scrapes.values().stream()
                .flatMap(String::lines)
                .filter(l -> l.startsWith(metric + "{") || l.startsWith(metric + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
