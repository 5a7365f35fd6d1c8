package london.sanctuary.proof.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import london.sanctuary.local.auth.DemoClient;
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

    /** A client-credentials token of a demo client (LOCAL ONLY: its secret is public). */
    String token(String clientId) {
        return DemoClient.withId(clientId).accessToken(URI.create(tokenUri));
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
