package london.sanctuary.local.services;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Waits until every hosted service says it is ready to take traffic. */
public final class Readiness {

    static final Duration INTERVAL = Duration.ofMillis(250);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * Polls {@code GET /actuator/health/readiness} of each service until it answers 200 with status UP.
     *
     * @throws IllegalStateException naming the first service not ready within {@code timeout}
     */
    public void awaitAll(List<RunningService> services, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        for (RunningService service : services) {
            String lastAnswer = "no answer";
            while (!(lastAnswer = probe(service)).equals("UP")) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(service.service().name() + " never became ready within "
                            + timeout.toSeconds() + " s: " + service.readinessUrl() + " answered " + lastAnswer);
                }
                Thread.sleep(INTERVAL.toMillis());
            }
        }
    }

    private String probe(RunningService service) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.readinessUrl()))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            boolean up = response.statusCode() == 200
                    && response.body().replace(" ", "").contains("\"status\":\"UP\"");
            return up ? "UP" : "HTTP " + response.statusCode() + " " + abbreviate(response.body());
        } catch (java.io.IOException unreachable) {
            return unreachable.getClass().getSimpleName();
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
