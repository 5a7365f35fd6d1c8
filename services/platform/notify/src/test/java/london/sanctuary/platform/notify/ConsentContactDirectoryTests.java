package london.sanctuary.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.notify.ContactDirectory.Contact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.client.RestClient;

/** Against a small HTTP server on 127.0.0.1 standing in for both the token endpoint and the consent service. */
class ConsentContactDirectoryTests {

    static final Borough NEWHAM = Borough.of("newham");
    static final UUID REF = UUID.fromString("7b0d6a52-3f7e-4b0e-9a55-2f3c1d0e9a11");

    HttpServer server;
    final ExecutorService handlers = Executors.newCachedThreadPool();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger tokensIssued = new AtomicInteger();
    volatile Answer[] answers = {new Answer(404, "")};
    /** While set, consent does not answer until it is released: a stalled service, not a slow test. */
    volatile CountDownLatch stalled;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth2/token", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request("POST", exchange.getRequestURI().getPath(), header(exchange), body));
            reply(exchange, new Answer(200, """
                            {"access_token": "token-%d", "token_type": "Bearer", "expires_in": 900}""".formatted(tokensIssued.incrementAndGet())));
        });
        server.createContext("/api/", exchange -> {
            int call = (int)
                    requests.stream().filter(r -> r.path().startsWith("/api/")).count();
            requests.add(new Request("GET", exchange.getRequestURI().getPath(), header(exchange), ""));
            CountDownLatch stall = stalled;
            if (stall != null) {
                try {
                    stall.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Answer[] all = answers;
            reply(exchange, all[Math.min(call, all.length - 1)]);
        });
        server.setExecutor(handlers);
        server.start();
    }

    @AfterEach
    void stop() {
        if (stalled != null) {
            stalled.countDown();
        }
        server.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void aParticipantHoldingRecontactIsFoundWithTheBoroughsServiceToken() {
        // given
        answers = new Answer[] {contact("07700 900123", "someone@example.org")};

        // when
        Optional<Contact> found = directory().find(NEWHAM, REF);

        // then
        assertThat(found).contains(new Contact("07700 900123", "someone@example.org"));
        Request token = requests.get(0);
        assertThat(token.path()).isEqualTo("/oauth2/token");
        assertThat(token.body()).contains("grant_type=client_credentials");
        assertThat(token.authorization()).startsWith("Basic ");
        Request lookup = requests.get(1);
        assertThat(lookup.method()).isEqualTo("GET");
        assertThat(lookup.path()).isEqualTo("/api/boroughs/newham/participants/" + REF + "/contact");
        assertThat(lookup.authorization()).isEqualTo("Bearer token-1");
    }

    @Test
    void theTokenIsReusedUntilItExpires() {
        // given
        answers = new Answer[] {contact("07700 900123", null)};
        ConsentContactDirectory directory = directory();

        // when
        directory.find(NEWHAM, REF);
        directory.find(NEWHAM, REF);

        // then
        assertThat(tokensIssued).hasValue(1);
        assertThat(requests).filteredOn(r -> r.path().startsWith("/api/")).hasSize(2);
    }

    @Test
    void notFoundAndGoneMeanNoContactAndAreNotRetried() {
        for (int status : new int[] {404, 410}) {
            // given
            requests.clear();
            answers = new Answer[] {problem(status)};

            // when
            Optional<Contact> found = directory().find(NEWHAM, REF);

            // then
            assertThat(found).isEmpty();
            assertThat(lookups()).isEqualTo(1);
        }
    }

    @Test
    void aPassingServerErrorIsRetriedUntilTheContactComes() {
        // given
        answers = new Answer[] {problem(503), problem(500), contact(null, "someone@example.org")};

        // when
        Optional<Contact> found = directory().find(NEWHAM, REF);

        // then
        assertThat(found).contains(new Contact(null, "someone@example.org"));
        assertThat(lookups()).isEqualTo(3);
    }

    @Test
    void aLastingServerErrorIsRetriedThenFindsNoContact() {
        // given
        answers = new Answer[] {problem(500)};

        // when
        Optional<Contact> found = directory().find(NEWHAM, REF);

        // then
        assertThat(found).isEmpty();
        assertThat(lookups()).isEqualTo(3);
    }

    @Test
    void aRefusedTokenIsNotRetried() {
        // given
        answers = new Answer[] {problem(403)};

        // when
        Optional<Contact> found = directory().find(NEWHAM, REF);

        // then
        assertThat(found).isEmpty();
        assertThat(lookups()).isEqualTo(1);
    }

    @Test
    void aSlowAnswerIsCutOffAndRetried() {
        // given
        stalled = new CountDownLatch(1);
        answers = new Answer[] {contact("07700 900123", null)};

        // when
        Optional<Contact> found = directory().find(NEWHAM, REF);

        // then
        assertThat(found).isEmpty();
        assertThat(lookups()).isEqualTo(3);
    }

    @Test
    void anOpenCircuitAsksNothing() {
        // given
        CircuitBreaker breaker = CircuitBreaker.of("consent", CircuitBreakerConfig.ofDefaults());
        breaker.transitionToOpenState();

        // when
        Optional<Contact> found = directory(breaker).find(NEWHAM, REF);

        // then
        assertThat(found).isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    void aBoroughWithoutAServiceClientFindsNoContact() {
        assertThat(directory().find(Borough.of("barnet"), REF)).isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    void anAnswerWithNeitherPhoneNorEmailIsNoContact() {
        answers = new Answer[] {contact(null, null)};

        assertThat(directory().find(NEWHAM, REF)).isEmpty();
    }

    ConsentContactDirectory directory() {
        return directory(CircuitBreaker.ofDefaults("consent"));
    }

    ConsentContactDirectory directory(CircuitBreaker breaker) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        ClientRegistration newham = ClientRegistration.withRegistrationId("newham-service")
                .clientId("newham-service")
                .clientSecret("newham-service-secret")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(base + "/oauth2/token")
                .build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(newham);
        AuthorizedClientServiceOAuth2AuthorizedClientManager tokens =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                        registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
        tokens.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials()
                .build());
        Retry retry = Retry.of(
                "consent",
                RetryConfig.custom()
                        .maxAttempts(3)
                        .waitDuration(Duration.ofMillis(1))
                        .retryExceptions(ConsentContactDirectory.ContactUnavailable.class)
                        .build());
        return new ConsentContactDirectory(
                ConsentContactDirectory.client(RestClient.builder(), base, Duration.ofMillis(500)),
                tokens,
                "actions",
                breaker,
                retry);
    }

    long lookups() {
        return requests.stream().filter(r -> r.path().startsWith("/api/")).count();
    }

    static Answer contact(String phone, String email) {
        return new Answer(200, """
                {"participantRef": "%s", "phone": %s, "email": %s, "preferredLanguages": ["ps", "en"]}""".formatted(REF, quoted(phone), quoted(email)));
    }

    static Answer problem(int status) {
        return new Answer(status, "{\"status\": " + status + ", \"title\": \"problem\"}");
    }

    static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    static String header(HttpExchange exchange) {
        return exchange.getRequestHeaders().getFirst("Authorization");
    }

    static void reply(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", answer.status() == 200 ? "application/json" : "application/problem+json");
        try {
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        } catch (IOException e) {
            // the client gave up waiting (the timeout test)
        } finally {
            exchange.close();
        }
    }

    record Request(String method, String path, String authorization, String body) {}

    record Answer(int status, String body) {}
}
