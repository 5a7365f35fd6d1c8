package london.sanctuary.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import london.sanctuary.local.auth.DemoClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON-over-HTTP client that calls the services as a demo client would. */
final class LocalApi {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String tokenUri;

    LocalApi(String tokenUri) {
        this.tokenUri = tokenUri;
    }

    /** A fresh access token for {@code client}, by the client-credentials grant. */
    String token(DemoClient client) {
        return client.accessToken(URI.create(tokenUri));
    }

    JsonNode get(String url, String token) throws IOException, InterruptedException {
        return read(send(authorised(url, token).GET().build(), 200));
    }

    JsonNode post(String url, String token, Object body) throws IOException, InterruptedException {
        return post(url, token, body, 201);
    }

    JsonNode post(String url, String token, Object body, int expectedStatus) throws IOException, InterruptedException {
        HttpRequest request = authorised(url, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        return read(send(request, expectedStatus));
    }

    /**
     * Posts until the service stops answering 422: a service learns of consent from events, so a grant
     * made a moment ago may not hold there yet.
     */
    JsonNode postOnceConsentArrives(String url, String token, Object body) throws IOException, InterruptedException {
        return postOnceConsentArrives(url, token, body, 201);
    }

    /** {@link #postOnceConsentArrives(String, String, Object)} expecting {@code expectedStatus}. */
    JsonNode postOnceConsentArrives(String url, String token, Object body, int expectedStatus)
            throws IOException, InterruptedException {
        long giveUpAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return post(url, token, body, expectedStatus);
            } catch (UnexpectedAnswer answer) {
                if (answer.status != 422 || System.nanoTime() > giveUpAt) {
                    throw answer;
                }
                Thread.sleep(200);
            }
        }
    }

    private HttpRequest.Builder authorised(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                // A send or an acceptance calls other services in turn: on a busy two-core machine that took over 10 s.
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private String send(HttpRequest request, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new UnexpectedAnswer(request.method() + " " + request.uri(), response.statusCode());
        }
        return response.body();
    }

    private JsonNode read(String body) {
        return body.isBlank() ? json.missingNode() : json.readTree(body);
    }

    /** The service answered with a status other than the one the call expects. */
    static final class UnexpectedAnswer extends IOException {
        final int status;

        UnexpectedAnswer(String call, int status) {
            super(call + " answered " + status);
            this.status = status;
        }
    }
}
