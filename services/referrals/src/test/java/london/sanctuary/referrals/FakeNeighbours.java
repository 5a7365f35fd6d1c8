package london.sanctuary.referrals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import london.sanctuary.platform.test.TestTokens;

/**
 * What the referrals service talks to over HTTP, played on one local port: the token endpoint (client
 * credentials, signing test tokens for {@code <borough>-service}), each borough's consent service (the move-on
 * record and transfers) and feedback service (linked answers, which can be switched down), and another borough whose
 * referrals service can be switched down (it answers 503) or up (it forwards key release, and a sender's question
 * about its handovers, to the service under test).
 */
final class FakeNeighbours implements AutoCloseable {

    static final FakeNeighbours INSTANCE = start();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final HttpServer server;
    private final Map<String, String> movable = new ConcurrentHashMap<>();
    private final List<String> transfers = new CopyOnWriteArrayList<>();
    private final AtomicBoolean senderDown = new AtomicBoolean(false);
    private final Map<String, String> linkedAnswers = new ConcurrentHashMap<>();
    private final AtomicBoolean feedbackDown = new AtomicBoolean(false);
    private final AtomicInteger feedbackCalls = new AtomicInteger();
    private final AtomicInteger keyReleaseCalls = new AtomicInteger();
    private final AtomicInteger handoverCalls = new AtomicInteger();
    private volatile int forwardPort;

    private FakeNeighbours(HttpServer server) {
        this.server = server;
    }

    private static FakeNeighbours start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            FakeNeighbours fake = new FakeNeighbours(server);
            server.createContext("/oauth2/token", fake::token);
            server.createContext("/api/boroughs/", fake::consent);
            server.createContext("/api/exchange/", fake::sender);
            server.createContext("/.well-known/sanctuary/", fake::keyDirectory);
            // Several at once: a forwarded key release calls back into the fake consent service.
            server.setExecutor(Executors.newFixedThreadPool(8, r -> {
                Thread thread = new Thread(r, "fake-neighbours");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The person holds SHARE_ON_MOVE at the consent service now, with this profile. */
    void mayMove(String borough, String ref, String name, String phone) {
        movable.put(borough + "/" + ref, """
                {"participantRef": "%s",
                 "profile": {"name": "%s", "phone": "%s", "preferredLanguages": ["ar", "en"]},
                 "consents": [
                   {"purpose": "PARTICIPATE", "method": "WRITTEN", "legalBasis": "CONSENT", "language": "ar",
                    "noticeVersion": "2026-10", "grantedAt": "2026-10-01T10:00:00Z"},
                   {"purpose": "SHARE_ON_MOVE", "method": "WRITTEN", "legalBasis": "CONSENT", "language": "ar",
                    "noticeVersion": "2026-10", "grantedAt": "2026-10-01T10:00:00Z"}]}""".formatted(ref, name, phone));
    }

    /** As {@link #mayMove}, and the consent service lists LINK_FEEDBACK among the consents in force. */
    void mayMoveWithLinkedFeedback(String borough, String ref, String name, String phone) {
        mayMove(borough, ref, name, phone);
        movable.computeIfPresent(borough + "/" + ref, (key, record) -> record.replace("Z\"}]}", """
                Z"},
                   {"purpose": "LINK_FEEDBACK", "method": "WRITTEN", "legalBasis": "CONSENT", "language": "ar",
                    "noticeVersion": "2026-10", "grantedAt": "2026-10-01T10:00:00Z"}]}"""));
    }

    /** The feedback service holds this linked response of the person (and LINK_FEEDBACK in its ledger). */
    void answered(String borough, String ref, UUID sessionId, String answersJson) {
        linkedAnswers.put(
                borough + "/" + ref, """
                {"participantRef": "%s", "responses": [
                  {"responseId": "%s", "formId": "%s", "sessionId": "%s", "answeredOn": "2026-11-30",
                   "answers": %s}]}""".formatted(ref, UUID.randomUUID(), UUID.randomUUID(), sessionId, answersJson));
    }

    void feedbackDown(boolean down) {
        feedbackDown.set(down);
    }

    int feedbackCalls() {
        return feedbackCalls.get();
    }

    /** The person withdrew SHARE_ON_MOVE at the consent service (whether or not its event has gone out yet). */
    void mayNotMove(String borough, String ref) {
        movable.remove(borough + "/" + ref);
    }

    List<String> transfers() {
        return List.copyOf(transfers);
    }

    void senderDown(boolean down) {
        senderDown.set(down);
    }

    int keyReleaseCalls() {
        return keyReleaseCalls.get();
    }

    int handoverCalls() {
        return handoverCalls.get();
    }

    void forwardTo(int port) {
        this.forwardPort = port;
    }

    /**
     * Client credentials: {@code <borough>-service} as the service's own client (any secret); a demo officer
     * {@code <borough>-officer} only with {@code <borough>-officer-secret}, as the staff sign-in asks for.
     */
    private void token(HttpExchange exchange) throws IOException {
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String[] credentials = basic != null
                ? new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2)
                : new String[] {form.replaceAll(".*client_id=([^&]+).*", "$1"), ""};
        String client = credentials[0];
        if (client.endsWith("-officer")) {
            if (credentials.length < 2 || !credentials[1].equals(client + "-secret")) {
                answer(exchange, 401, "{\"error\":\"invalid_client\"}");
                return;
            }
            String officer = TestTokens.officer(client.replace("-officer", ""));
            answer(exchange, 200, "{\"access_token\":\"" + officer + "\",\"token_type\":\"Bearer\"}");
            return;
        }
        String borough = client.replace("-service", "");
        String token = TestTokens.sign(
                TestTokens.claims(client, borough, List.of("service")).build());
        answer(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":900}");
    }

    private void consent(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        // /api/boroughs/{borough}/participants/{ref}/move-on or /api/boroughs/{borough}/participants/transfers
        if ("POST".equals(exchange.getRequestMethod()) && path.length == 6 && "transfers".equals(path[5])) {
            transfers.add(path[3] + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange, 201, "{}");
            return;
        }
        if (path.length == 8 && "SHARE_ON_MOVE".equals(path[7])) {
            boolean holds = movable.containsKey(path[3] + "/" + path[5]);
            answer(exchange, 200, "{\"purpose\": \"SHARE_ON_MOVE\", \"holds\": " + holds + "}");
            return;
        }
        if (path.length == 7 && "linked-answers".equals(path[6])) {
            feedback(exchange, path[3] + "/" + path[5]);
            return;
        }
        String record = path.length == 7 ? movable.get(path[3] + "/" + path[5]) : null;
        if (record == null) {
            answer(exchange, 404, "{\"status\":404}");
        } else {
            answer(exchange, 200, record);
        }
    }

    private void feedback(HttpExchange exchange, String boroughAndRef) throws IOException {
        feedbackCalls.incrementAndGet();
        String answers = linkedAnswers.get(boroughAndRef);
        if (feedbackDown.get()) {
            answer(exchange, 503, "{\"status\":503}");
        } else if (answers == null) {
            answer(exchange, 404, "{\"status\":404}");
        } else {
            answer(exchange, 200, answers);
        }
    }

    private void sender(HttpExchange exchange) throws IOException {
        boolean question = "GET".equals(exchange.getRequestMethod());
        (question ? handoverCalls : keyReleaseCalls).incrementAndGet();
        exchange.getRequestBody().readAllBytes();
        if (senderDown.get()) {
            answer(exchange, 503, "{\"status\":503}");
            return;
        }
        HttpRequest forward = HttpRequest.newBuilder(URI.create("http://localhost:" + forwardPort
                        + exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null
                                ? ""
                                : "?" + exchange.getRequestURI().getRawQuery())))
                .header("Authorization", exchange.getRequestHeaders().getFirst("Authorization"))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.noBody())
                .build();
        forward(exchange, forward);
    }

    /** Lambeth's key directory: the service under test's (static and cached, so up while its key release is down). */
    private void keyDirectory(HttpExchange exchange) throws IOException {
        forward(
                exchange,
                HttpRequest.newBuilder(URI.create("http://localhost:" + forwardPort
                                + exchange.getRequestURI().getRawPath()))
                        .GET()
                        .build());
    }

    private void forward(HttpExchange exchange, HttpRequest forward) throws IOException {
        try {
            HttpResponse<String> response = HTTP.send(forward, HttpResponse.BodyHandlers.ofString());
            answer(exchange, response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(exchange, 503, "{}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
