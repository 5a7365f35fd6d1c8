package london.sanctuary.consent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import london.sanctuary.contracts.ContractJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Calls the consent service over real HTTP, as a client with a bearer token would. */
final class ConsentApi {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    ConsentApi(int port) {
        this.base = "http://localhost:" + port;
    }

    Answer get(String token, String path) {
        return send(token, "GET", path, null);
    }

    Answer post(String token, String path, String json) {
        return send(token, "POST", path, json);
    }

    Answer delete(String token, String path) {
        return send(token, "DELETE", path, null);
    }

    /** Any method, body and headers (name, value, name, value …); JSON content type when there is a body. */
    Answer send(String token, String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return new Answer(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    record Answer(HttpResponse<String> raw) {

        int status() {
            return raw.statusCode();
        }

        String body() {
            return raw.body();
        }

        JsonNode json() {
            return ContractJson.mapper().readTree(raw.body());
        }

        boolean isProblem() {
            return header("Content-Type").startsWith("application/problem+json");
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }

        /** A problem's body without {@code instance}, which names the path asked for. */
        JsonNode problemWithoutInstance() {
            ObjectNode problem = (ObjectNode) json();
            problem.remove("instance");
            return problem;
        }
    }
}
