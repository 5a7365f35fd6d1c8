package london.sanctuary.referrals;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static london.sanctuary.referrals.ReferralRequests.incoming;
import static london.sanctuary.referrals.ReferralRequests.outgoing;
import static london.sanctuary.referrals.ReferralRequests.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.test.ApiClient.Response;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.referrals.ReferralRequests.Person;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an operator follows across boroughs: one trace from Newham's request to Barnet's inbox (through the outbox,
 * the relay and the exchange topic of the real broker), and JSON log lines that say which borough, event and trace,
 * never whom.
 */
class TracesAndLogsIntegrationTests extends ReferralsServiceTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RecordedSpans spans;

    @Test
    void oneTraceFollowsAReferralFromNewhamsRequestToBarnetsInboxAndItsJsonLogLinesNameNoOne() {
        // given Amina in Newham, and Newham's request carrying the trace its caller began
        Person amina = movable("newham");
        UUID id = UUID.randomUUID();
        String traceId = hex(16);
        Logger inbox = (Logger) LoggerFactory.getLogger(Inbox.class);
        Level level = inbox.getLevel();
        inbox.setLevel(Level.DEBUG);
        try (LogCapture logs = LogCapture.json()) {
            // when Newham refers her to Barnet
            Response sent = api("newham")
                    .send(
                            "POST",
                            outgoing("newham"),
                            "application/json",
                            send(id, amina.ref(), "barnet"),
                            "traceparent",
                            "00-" + traceId + "-" + hex(8) + "-01");
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            awaitStatus("barnet", incoming("barnet") + "/" + id, "RECEIVED");

            // then Barnet's inbox received it within the trace of Newham's request
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(spansOf(traceId))
                            .anySatisfy(span -> {
                                assertThat(span.getName()).isEqualTo("referral-inbox");
                                assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
                                assertThat(span.getAttributes().get(stringKey("sanctuary.borough")))
                                        .isEqualTo("barnet");
                            })
                            .anySatisfy(span -> assertThat(span.getKind()).isEqualTo(SpanKind.SERVER)));
            // and its log line, one JSON object, says which borough, which event and which trace
            List<JsonNode> lines = logs.lines().stream().map(JSON::readTree).toList();
            assertThat(lines)
                    .filteredOn(line -> line.path("message").asString().contains("referral-sent")
                            && traceId.equals(line.path("traceId").asString()))
                    .as(String.join(
                            "\n",
                            logs.lines().subList(0, Math.min(3, logs.lines().size()))))
                    .anySatisfy(line -> {
                        assertThat(line.path("borough").asString()).isEqualTo("barnet");
                        assertThat(line.path("eventId").asString()).isNotBlank();
                        assertThat(line.path("spanId").asString()).isNotBlank();
                    });
            // and no line, nor any span, holds her name, her phone or what was written about her
            assertThat(logs.lines())
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line)
                            .doesNotContain(amina.name(), amina.phone())
                            .doesNotContain("Prefers a female interpreter", "Tuesday morning", "talking therapy"));
            assertThat(spansOf(traceId))
                    .allSatisfy(span -> assertThat(span.toString())
                            .doesNotContain(amina.name(), amina.phone(), "Prefers a female interpreter"));
        } finally {
            inbox.setLevel(level);
        }
    }

    private List<SpanData> spansOf(String traceId) {
        return spans.exporter.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId))
                .toList();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
