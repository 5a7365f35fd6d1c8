package london.sanctuary.engagement;

import static london.sanctuary.engagement.SessionRequests.focusGroup;
import static london.sanctuary.engagement.SessionRequests.reschedule;
import static london.sanctuary.engagement.SessionRequests.sessions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.RecordCapture;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Session notices through GOV.UK Notify: the real Notify client and the real contact lookup, against one small
 * HTTP server on 127.0.0.1 standing in for Notify, the token endpoint and the consent service.
 */
class SessionNoticesThroughNotifyIntegrationTests extends EngagementApiTests {

    static final String PHONE = "07700900456";
    static final String KEY = "test-11111111-1111-1111-1111-111111111111-22222222-2222-2222-2222-222222222222";
    static final String SMS_TEMPLATE = "33333333-3333-3333-3333-333333333333";

    static final HttpServer STAND_IN = standIn();
    /** What the consent service answers for each participant's contact (404 for anyone else). */
    static final Map<UUID, String> CONTACTS = new ConcurrentHashMap<>();
    /** The bodies Notify was sent. */
    static final List<String> SENT = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void notifyProperties(DynamicPropertyRegistry properties) {
        String base = "http://127.0.0.1:" + STAND_IN.getAddress().getPort();
        properties.add("sanctuary.engagement.notify.api-key", () -> KEY);
        properties.add("sanctuary.engagement.notify.base-url", () -> base);
        properties.add("sanctuary.engagement.notify.sms-template-id", () -> SMS_TEMPLATE);
        properties.add("sanctuary.engagement.notify.email-template-id", () -> SMS_TEMPLATE);
        properties.add("sanctuary.engagement.consent-url", () -> base);
        String registration = "spring.security.oauth2.client.registration.newham-service.";
        properties.add(registration + "client-id", () -> "newham-service");
        properties.add(registration + "client-secret", () -> "secret");
        properties.add(registration + "authorization-grant-type", () -> "client_credentials");
        properties.add(registration + "provider", () -> "stand-in");
        properties.add("spring.security.oauth2.client.provider.stand-in.token-uri", () -> base + "/oauth2/token");
    }

    @AfterAll
    static void stopStandIn() {
        STAND_IN.stop(0);
    }

    @Test
    void aRescheduleIsTextedInArabicOnlyToTheRegisteredPersonWhoHoldsRecontactAndNoPhoneLeaksOut() {
        // given two people registered with an Arabic interpreter, one of whom may be contacted again
        UUID contactable = participating("newham");
        consent.grant(NEWHAM, ParticipantRef.of(contactable), ConsentPurpose.RECONTACT);
        awaitHolds("newham", contactable, ConsentPurpose.RECONTACT);
        CONTACTS.put(contactable, PHONE);
        UUID notContactable = participating("newham");
        CONTACTS.put(notContactable, "07700900999");
        String session = schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofDays(4)), 5));
        register(session, contactable);
        register(session, notContactable);

        try (RecordCapture records = new RecordCapture(bootstrap());
                LogCapture logs = LogCapture.open()) {
            // when
            assertThat(newham.post(
                                    sessions("newham") + "/" + session + "/reschedule",
                                    reschedule(Instant.now().plus(Duration.ofDays(5))))
                            .status())
                    .isEqualTo(200);

            // then Notify was asked for one SMS, in Arabic, naming the session, never the person
            await().atMost(SECONDS).until(() -> !SENT.isEmpty());
            assertThat(SENT).singleElement().satisfies(body -> {
                assertThat(body).contains(PHONE, SMS_TEMPLATE, "\"reference\":\"session-" + session + "\"");
                assertThat(body).contains("تغيّر موعد ظروف السكن");
                assertThat(body).doesNotContain(contactable.toString());
            });
            await().atMost(SECONDS).until(() -> !about(records, session).isEmpty());
            assertThat(about(records, session))
                    .allSatisfy(r -> assertThat(RecordCapture.everythingIn(r)).doesNotContain(PHONE));
            assertThat(logs.lines()).noneSatisfy(line -> assertThat(line).contains(PHONE));
        }
        // and the local record of what was told, to whom, is kept as before, without contact details
        List<Document> notices = stores.of("newham")
                .find(Query.query(Criteria.where("sessionId").is(session)), Document.class, "notices_sent");
        assertThat(notices)
                .extracting(d -> d.getString("participantRef") + " " + d.getString("kind"))
                .containsExactly(contactable + " SESSION_RESCHEDULED");
        assertThat(notices.toString()).doesNotContain(PHONE);
    }

    private static HttpServer standIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/oauth2/token", exchange -> reply(exchange, 200, """
                    {"access_token": "service-token", "token_type": "Bearer", "expires_in": 900}"""));
            server.createContext("/api/", SessionNoticesThroughNotifyIntegrationTests::contact);
            server.createContext("/v2/notifications/", exchange -> {
                SENT.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                reply(exchange, 201, """
                        {"id": "740e5834-3a29-46b4-9a6f-16142fde533a", "reference": "r",
                         "content": {"body": "text", "from_number": "GOVUK"},
                         "template": {"id": "%s", "version": 1, "uri": "https://example.org/t"},
                         "uri": "https://example.org/n"}""".formatted(SMS_TEMPLATE));
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code GET /api/boroughs/newham/participants/{ref}/contact}, as the consent service answers it. */
    private static void contact(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        String phone = CONTACTS.get(UUID.fromString(path[5]));
        if (phone == null) {
            reply(exchange, 404, "{\"status\": 404}");
            return;
        }
        reply(exchange, 200, """
                {"participantRef": "%s", "phone": "%s", "email": null, "preferredLanguages": ["ar"]}""".formatted(path[5], phone));
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
