package london.sanctuary.consent.link.sessions.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import london.sanctuary.consent.link.sessions.OpenSession;
import london.sanctuary.consent.link.sessions.SessionsForPerson;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.security.ServiceTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.client.RestClient;

/**
 * The consent service asks engagement over real HTTP for one person's sessions: with the borough's service token,
 * the ref in the path; 404 is "not open", 422 a refusal naming the field, 5xx "unavailable" after a retry.
 */
class EngagementSessionsTests {

    static final Borough NEWHAM = Borough.of("newham");
    static final ParticipantRef PERSON = ParticipantRef.of(UUID.randomUUID());
    static final String SESSION = UUID.randomUUID().toString();

    final AtomicInteger status = new AtomicInteger(200);
    final AtomicReference<String> body = new AtomicReference<>("{}");
    final List<String> asked = new CopyOnWriteArrayList<>();
    final HttpServer engagement = serve();

    @AfterEach
    void stop() {
        engagement.stop(0);
    }

    @Test
    void theSessionsOpenToThePersonAreAskedWithTheServiceTokenForTheirRefAndReadPlainly() {
        // given engagement answers one session the person waits for
        body.set("""
                {"sessions": [{"session": {"sessionId": "%s", "type": "FOCUS_GROUP",
                  "title": {"en": "Housing", "ar": "السكن"}, "startsAt": "2026-12-10T10:00:00Z",
                  "endsAt": "2026-12-10T12:00:00Z", "venue": {"name": "Centre", "address": "1 Road",
                  "kind": "TRUSTED_COMMUNITY_SPACE", "stepFreeAccess": true, "creche": false},
                  "languages": ["en", "ar"], "interpreters": [{"language": "ar", "dialect": null, "bsl": false}],
                  "compensation": {"travelExpenses": true, "food": false}, "capacity": 1, "placesTaken": 1,
                  "status": "SCHEDULED"}, "yourStatus": "WAITLISTED"}]}""".formatted(SESSION));

        // when
        List<OpenSession> open = sessions().openTo(NEWHAM, PERSON);

        // then
        assertThat(asked).containsExactly("GET /api/boroughs/newham/personal/" + PERSON + "/sessions Bearer t0ken");
        assertThat(open).singleElement().satisfies(s -> {
            assertThat(s.titleIn("ar")).isEqualTo("السكن");
            assertThat(s.full()).isTrue();
            assertThat(s.waiting()).isTrue();
            assertThat(s.venue().stepFreeAccess()).isTrue();
            assertThat(s.interpreters())
                    .extracting(OpenSession.Interpreter::language)
                    .containsExactly("ar");
        });
    }

    @Test
    void aSessionNotOpenToThePersonIsNotOpenAndARefusalNamesItsField() {
        // given / when / then
        status.set(404);
        assertThatThrownBy(() -> sessions().signUp(NEWHAM, PERSON, SESSION))
                .isInstanceOf(SessionsForPerson.NotOpen.class);
        status.set(422);
        body.set("{\"status\": 422, \"field\": \"participantRef\"}");
        assertThatThrownBy(() -> sessions().cancel(NEWHAM, PERSON, SESSION))
                .isInstanceOfSatisfying(
                        SessionsForPerson.Refused.class,
                        r -> assertThat(r.field()).isEqualTo("participantRef"));
        assertThat(asked)
                .containsExactly(
                        "POST /api/boroughs/newham/personal/" + PERSON + "/sessions/" + SESSION
                                + "/registration Bearer t0ken",
                        "DELETE /api/boroughs/newham/personal/" + PERSON + "/sessions/" + SESSION
                                + "/registration Bearer t0ken");
    }

    @Test
    void engagementFailingIsUnavailableAfterARetryAndWithoutATokenNothingIsAskedOfIt() {
        // given engagement answers 503
        status.set(503);

        // when / then
        assertThatThrownBy(() -> sessions().openTo(NEWHAM, PERSON)).isInstanceOf(SessionsForPerson.Unavailable.class);
        assertThat(asked).hasSize(2);
        assertThatThrownBy(() -> new EngagementSessions(
                                RestClient.builder().baseUrl(base()).build(),
                                new ServiceTokens(request -> null, "consent"),
                                CircuitBreaker.ofDefaults("engagement"),
                                retry())
                        .openTo(NEWHAM, PERSON))
                .isInstanceOf(SessionsForPerson.Unavailable.class);
        assertThat(asked).hasSize(2);
    }

    @Test
    void oneSessionsCalendarIsAskedInThePagesLanguageAndPassedOnAsItCame() {
        // given
        body.set("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");

        // when
        String ics = sessions().calendar(NEWHAM, PERSON, SESSION, Language.of("ar"));

        // then
        assertThat(ics).startsWith("BEGIN:VCALENDAR");
        assertThat(asked).singleElement().asString().contains("/sessions/" + SESSION + "/calendar?lang=ar");
    }

    private EngagementSessions sessions() {
        return new EngagementSessions(
                RestClient.builder().baseUrl(base()).build(),
                new ServiceTokens(request -> authorized(), "consent"),
                CircuitBreaker.ofDefaults("engagement"),
                retry());
    }

    private static Retry retry() {
        return Retry.of(
                "engagement",
                io.github.resilience4j.retry.RetryConfig.custom()
                        .maxAttempts(2)
                        .waitDuration(java.time.Duration.ofMillis(10))
                        .retryExceptions(SessionsForPerson.Unavailable.class)
                        .build());
    }

    private static OAuth2AuthorizedClient authorized() {
        ClientRegistration registration = ClientRegistration.withRegistrationId("newham-service")
                .clientId("newham-service")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri("http://localhost/token")
                .build();
        Instant now = Instant.now();
        return new OAuth2AuthorizedClient(
                registration,
                "consent",
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "t0ken", now, now.plusSeconds(300)));
    }

    private String base() {
        return "http://localhost:" + engagement.getAddress().getPort();
    }

    private HttpServer serve() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/api/boroughs/", exchange -> {
                asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                        + exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] answer = body.get().getBytes(StandardCharsets.UTF_8);
                boolean calendar = exchange.getRequestURI().getPath().endsWith("/calendar");
                exchange.getResponseHeaders()
                        .set(
                                "Content-Type",
                                calendar
                                        ? "text/calendar"
                                        : status.get() >= 400 ? "application/problem+json" : "application/json");
                exchange.sendResponseHeaders(status.get(), answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
