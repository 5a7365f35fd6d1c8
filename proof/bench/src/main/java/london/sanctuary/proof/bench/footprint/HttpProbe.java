package london.sanctuary.proof.bench.footprint;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import london.sanctuary.local.auth.DemoClient;

/** The few HTTP calls the footprint benchmark makes: readiness, a token, a little load. */
final class HttpProbe {

    /** Readiness only: a port that does not connect at once is not ready yet. */
    private final HttpClient probe =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final HttpClient http = HttpClient.newHttpClient();

    /** Whether {@code /actuator/health/readiness} on this port answers 200 UP; unreachable is not ready. */
    boolean ready(int port) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(10))
                    .build();
            HttpResponse<String> answer = probe.send(request, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().replace(" ", "").contains("\"status\":\"UP\"");
        } catch (IOException notYet) {
            return false;
        }
    }

    HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String url, String token, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A client-credentials token of a demo client from the local authorization server. */
    String token(int authPort, String clientId) {
        return DemoClient.withId(clientId).accessToken(URI.create("http://localhost:" + authPort + "/oauth2/token"));
    }
}
