package london.sanctuary.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import london.sanctuary.platform.test.TestTokens;

/**
 * Plays the authorization server's token endpoint for the sign-in page: the client-credentials grant over
 * real HTTP, for the demo clients only, answering tokens the service under test accepts.
 */
final class TokenEndpoint {

    static final Map<String, Supplier<String>> CLIENTS = Map.of(
            "gla-analyst:gla-analyst-secret", TestTokens::analyst,
            "newham-officer:newham-officer-secret", () -> TestTokens.officer("newham"),
            "newham-kiosk:newham-kiosk-secret",
                    () -> TestTokens.sign(TestTokens.claims("newham-kiosk", "newham", List.of("kiosk"))
                            .build()));

    private static String uri;

    private TokenEndpoint() {}

    static synchronized String uri() {
        if (uri == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
                server.createContext("/oauth2/token", TokenEndpoint::answer);
                server.start();
                uri = "http://localhost:" + server.getAddress().getPort() + "/oauth2/token";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uri;
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        String client = basic == null || !basic.startsWith("Basic ")
                ? ""
                : new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8);
        Supplier<String> token = form.contains("grant_type=client_credentials") ? CLIENTS.get(client) : null;
        String body = token == null
                ? "{\"error\":\"invalid_client\"}"
                : "{\"access_token\":\"" + token.get() + "\",\"token_type\":\"Bearer\",\"expires_in\":899}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(token == null ? 401 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
