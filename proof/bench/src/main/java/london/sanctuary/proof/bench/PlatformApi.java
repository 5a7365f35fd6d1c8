package london.sanctuary.proof.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON over HTTP to the platform's services as a demo client: one pooled HTTP/1.1 client for every caller. */
final class PlatformApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String tokenUri;

    PlatformApi(String tokenUri) {
        this.tokenUri = tokenUri;
    }

    /** A client-credentials token of a demo client (LOCAL ONLY: its secret is {@code <id>-secret}). */
    String token(String clientId) throws IOException, InterruptedException {
        String basic = Base64.getEncoder()
                .encodeToString((clientId + ":" + clientId + "-secret").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUri))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        return expect(200, send(request)).path("access_token").asString();
    }

    HttpRequest.Builder authorised(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    HttpRequest postJson(String url, String token, Object body) {
        return authorised(url, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    JsonNode get(String url, String token) throws IOException, InterruptedException {
        return expect(200, send(authorised(url, token).GET().build()));
    }

    JsonNode post(String url, String token, Object body, int status) throws IOException, InterruptedException {
        return expect(status, send(postJson(url, token, body)));
    }

    /** The body as JSON when the status is the one expected; otherwise fails naming the call, not the body. */
    static JsonNode expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " "
                    + response.request().uri().getPath() + " answered " + response.statusCode() + ", not " + status);
        }
        return response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
    }
}
