package london.sanctuary.platform.test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;
import london.sanctuary.contracts.ContractJson;
import org.bson.Document;

/**
 * Test helpers that talk to a running local platform (the journeys, the security proof, its own start and restart) as
 * its users would.
 */
public final class PlatformClients {

    private PlatformClients() {}

    /** An access token of a client, by the client-credentials grant with HTTP basic authentication. */
    public static String accessToken(int authPort, String clientId, String secret) {
        HttpResponse<String> response = tokenResponse(authPort, clientId, secret);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "the token endpoint answered " + response.statusCode() + " for " + clientId);
        }
        return ContractJson.mapper()
                .readTree(response.body())
                .path("access_token")
                .asString();
    }

    /** What the token endpoint answers a client's client-credentials grant, refused or not. */
    public static HttpResponse<String> tokenResponse(int authPort, String clientId, String secret) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + authPort + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("no token for " + clientId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("no token for " + clientId, e);
        }
    }

    /** Calls a hosted service's API with a bearer token; returns the status and body. */
    public static HttpResponse<String> call(String method, String url, String token, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** What anyone without a token gets at this address: the status and body. */
    public static HttpResponse<String> open(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static <T> T withCollection(int mongoPort, Function<MongoCollection<Document>, T> use) {
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + mongoPort)) {
            return use.apply(client.getDatabase("local_platform_tests").getCollection("things"));
        }
    }

    public static Document ping(int mongoPort) {
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + mongoPort)) {
            return client.getDatabase("admin").runCommand(new Document("ping", 1));
        }
    }
}
