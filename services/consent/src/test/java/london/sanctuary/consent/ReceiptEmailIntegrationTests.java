package london.sanctuary.consent;

import static london.sanctuary.consent.ConsentRequests.grant;
import static london.sanctuary.consent.ConsentRequests.participant;
import static london.sanctuary.consent.ConsentRequests.participants;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import london.sanctuary.consent.ConsentApi.Answer;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** E-mailing a person's consent receipt through the real Notify client, against a local stand-in for Notify. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=consent")
class ReceiptEmailIntegrationTests {

    static final String NEWHAM = TestTokens.officer("newham");
    static final String TEMPLATE = "44444444-4444-4444-4444-444444444444";
    static final String KEY = "test-11111111-1111-1111-1111-111111111111-22222222-2222-2222-2222-222222222222";
    static final HttpServer NOTIFY = standIn();
    static final List<String> SENT = new CopyOnWriteArrayList<>();
    static volatile int notifyStatus = 201;

    @LocalServerPort
    int port;

    @Autowired
    BoroughStores stores;

    ConsentApi api;

    @DynamicPropertySource
    static void notifyProperties(DynamicPropertyRegistry properties) {
        properties.add("sanctuary.consent.notify.api-key", () -> KEY);
        properties.add(
                "sanctuary.consent.notify.base-url",
                () -> "http://127.0.0.1:" + NOTIFY.getAddress().getPort());
        properties.add("sanctuary.consent.notify.receipt-template-id", () -> TEMPLATE);
        properties.add("resilience4j.retry.instances.notify.wait-duration", () -> "10ms");
    }

    @AfterAll
    static void stopNotify() {
        NOTIFY.stop(0);
    }

    @BeforeEach
    void connect() {
        api = new ConsentApi(port);
        SENT.clear();
        notifyStatus = 201;
    }

    @Test
    void anOfficerEmailsTheReceiptInItsLanguageToTheAddressOnRecordAndOnlyTheActIsAudited() {
        // given a person who consented in Arabic
        Person person = Person.unique();
        String ref = enrol(person.enrolment());
        api.post(
                NEWHAM,
                participant("newham", ref) + "/consents",
                grant("PARTICIPATE").replace("\"ps\"", "\"ar\""));

        try (LogCapture logs = LogCapture.open()) {
            // when
            Answer sent = api.post(NEWHAM, participant("newham", ref) + "/receipt/email", "");

            // then
            assertThat(sent.status()).as(sent.body()).isEqualTo(202);
            assertThat(sent.body()).doesNotContain(person.email());
            String receiptId = sent.json().path("receiptId").asString();
            assertThat(SENT).singleElement().satisfies(body -> {
                assertThat(body).contains(person.email(), TEMPLATE, "\"reference\":\"receipt-" + receiptId + "\"");
                assertThat(body).contains("سجل موافقتك", "المشاركة في الجلسات");
                assertThat(body).doesNotContain(person.name(), ref);
            });
            assertThat(logs.lines()).allSatisfy(line -> assertThat(line).doesNotContain(person.name(), person.email()));
        }
        assertThat(AuditRecords.about(stores.of("newham"), ref, "consent.receipt-emailed"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.toJson()).doesNotContain(person.name(), person.email()));
    }

    @Test
    void aPersonWithNoEmailAddressIsRefusedNamingTheField() {
        // given
        String ref = enrol("""
                {"name": "Zarlasht Noemail", "phone": "07700 900321", "preferredLanguages": ["ps"]}""");

        // when
        Answer refused = api.post(NEWHAM, participant("newham", ref) + "/receipt/email", "");

        // then
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body()).contains("\"field\":\"email\"");
        assertThat(SENT).isEmpty();
    }

    @Test
    void anAddressNotifyRefusesIs422AndAnOutageIs503() {
        // given
        String ref = enrol(Person.unique().enrolment());
        String path = participant("newham", ref) + "/receipt/email";

        // when
        notifyStatus = 400;
        Answer refused = api.post(NEWHAM, path, "");
        notifyStatus = 503;
        Answer outage = api.post(NEWHAM, path, "");

        // then
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"email\"");
        assertThat(outage.status()).isEqualTo(503);
        assertThat(outage.isProblem()).isTrue();
        assertThat(outage.header("Retry-After")).isNotBlank();
    }

    @Test
    void onlyAnOfficerMayEmailAReceiptAndAnUnknownPersonIs404() {
        // given
        String ref = enrol(Person.unique().enrolment());
        String analyst = TestTokens.analyst();

        // when / then
        assertThat(api.post(analyst, participant("newham", ref) + "/receipt/email", "")
                        .status())
                .isIn(403, 404);
        assertThat(api.post(
                                NEWHAM,
                                participant(
                                                "newham",
                                                java.util.UUID.randomUUID().toString()) + "/receipt/email",
                                "")
                        .status())
                .isEqualTo(404);
        assertThat(SENT).isEmpty();
    }

    @Test
    void anOfficerAccountSendingTheReceiptTwentyTimesAtOnceReachesTheInboxAtMostThreeTimesAndIsToldWhenToTryAgain()
            throws Exception {
        // given a person with an e-mail address, and an attacker holding an officer's token
        Person person = Person.unique();
        String path = participant("newham", enrol(person.enrolment())) + "/receipt/email";

        // when the attacker asks twenty times, all at once
        ExecutorService attacker = Executors.newFixedThreadPool(8);
        List<Future<Answer>> asked = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            asked.add(attacker.submit(() -> api.post(NEWHAM, path, "")));
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> answer : asked) {
            answers.add(answer.get());
        }
        attacker.shutdown();

        // then at most three e-mails reached Notify, one for each 202, and the rest were refused in words
        long accepted = answers.stream().filter(a -> a.status() == 202).count();
        assertThat(SENT).hasSizeLessThanOrEqualTo(3).hasSize((int) accepted);
        assertThat(accepted).isPositive();
        assertThat(answers)
                .filteredOn(a -> a.status() != 202)
                .hasSize(20 - (int) accepted)
                .allSatisfy(refused -> {
                    assertThat(refused.status()).isEqualTo(429);
                    assertThat(refused.isProblem()).isTrue();
                    assertThat(refused.body()).contains("\"field\":\"email\"", "print the receipt");
                    assertThat(refused.body()).doesNotContain(person.email(), person.name());
                    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
                });
    }

    @Test
    void whenThePersonIsErasedTheTimesTheirReceiptsWereEmailedAreForgottenToo() {
        // given a person whose receipt was e-mailed, so the limit keeps a record under their ref
        String ref = enrol(Person.unique().enrolment());
        api.post(NEWHAM, participant("newham", ref) + "/consents", grant("PARTICIPATE"));
        Answer sent = api.post(NEWHAM, participant("newham", ref) + "/receipt/email", "");
        long keptBefore = stores.of("newham").getCollection("receipt_emails").countDocuments(new Document("_id", ref));

        // when they are erased
        Answer erased = api.delete(NEWHAM, participant("newham", ref));

        // then nothing is kept under their ref for the limit any more
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        assertThat(erased.status()).as(erased.body()).isEqualTo(204);
        assertThat(keptBefore).isEqualTo(1);
        assertThat(stores.of("newham").getCollection("receipt_emails").countDocuments(new Document("_id", ref)))
                .isZero();
    }

    private String enrol(String body) {
        Answer enrolled = api.post(NEWHAM, participants("newham"), body);
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return enrolled.json().path("participantRef").asString();
    }

    private static HttpServer standIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v2/notifications/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int status = notifyStatus;
                if (status == 201) {
                    SENT.add(body);
                }
                byte[] answer = (status == 201
                                ? """
                                {"id": "740e5834-3a29-46b4-9a6f-16142fde533a", "reference": "r",
                                 "content": {"body": "b", "subject": "s", "from_email": "a@b.gov.uk"},
                                 "template": {"id": "%s", "version": 1, "uri": "https://example.org/t"},
                                 "uri": "https://example.org/n"}""".formatted(TEMPLATE)
                                : "{\"status_code\": " + status
                                        + ", \"errors\": [{\"error\": \"E\", \"message\": \"m\"}]}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
