package london.sanctuary.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import london.sanctuary.contracts.ContractJson;
import tools.jackson.databind.JsonNode;

/** Calls a service under test over real HTTP, as a client with a bearer token would. */
public final class ApiClient {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    public ApiClient(int port, String token) {
        this("http://localhost:" + port, token);
    }

    private ApiClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public ApiClient as(String otherToken) {
        return new ApiClient(base, otherToken);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
    }

    /** Any method, body and content type: for the requests a well-behaved client would not send. */
    public Response send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request =
                request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A body of raw bytes, for what no text can hold (bytes that are not UTF-8). */
    public Response sendBytes(String method, String path, String contentType, byte[] body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    public record Response(int status, String contentType, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return ContractJson.mapper().readTree(body);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }
}
