package london.sanctuary.platform.test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.function.Function;
import org.bson.Document;

/** Test helpers that talk to a running local platform (the journeys, its own start and restart) as its users would. */
public final class PlatformClients {

    private PlatformClients() {}

    /** The raw token response of a client-credentials request with HTTP basic authentication. */
    public static String tokenResponse(int authPort, String clientId, String secret) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + authPort + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token endpoint answered " + response.statusCode());
        }
        return response.body();
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
