package london.sanctuary.proof.faults.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.EmbeddedInfrastructure;
import london.sanctuary.platform.test.ProofSize;
import london.sanctuary.platform.test.RecordCapture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Fault 4: the dashboard's store unreachable (small: 15 s; full: two minutes) while facts keep arriving
 * and analysts keep asking. Requests get a 503 problem with Retry-After at once once the breaker is
 * open; no fact is lost or dead-lettered; everything is applied and served after.
 */
class StoreUnreachableIntegrationTests {

    static final Duration OUTAGE = Duration.ofSeconds(ProofSize.of(15, 120));
    static final int FACTS_DURING = ProofSize.of(200, 1_000);

    @Test
    void whileTheStoreIsUnreachableRequestsAreRefusedFastAndNoFactIsLostOrDeadLettered() throws Exception {
        // given the dashboard serving, and facts it has applied
        Dashboard dashboard = Dashboard.primary();
        ApiClient analyst = dashboard.analyst();
        try (FactStream facts = new FactStream();
                RecordCapture capture = new RecordCapture(EmbeddedInfrastructure.kafkaBootstrapServers())) {
            List<String> before = facts.facts(20);
            facts.flush();
            await().atMost(Duration.ofSeconds(60)).until(() -> dashboard.applied(before) == before.size());
            assertThat(analyst.get("/api/dashboard/summary").status()).isEqualTo(200);

            // when the store is cut off, and facts and requests keep coming for the whole outage
            dashboard.link.cut();
            long cutAt = System.nanoTime();
            List<String> during = facts.facts(FACTS_DURING);
            facts.flush();
            List<Answer> answers = new ArrayList<>();
            while (System.nanoTime() - cutAt < OUTAGE.toNanos()) {
                answers.add(Answer.of(() -> analyst.get("/api/dashboard/summary")));
            }
            List<String> deadLetteredDuring = keys(Topic.deadLetters(capture, FactStream.TOPIC, dashboard.group()));
            dashboard.link.restore();
            long restoredAt = System.nanoTime();

            // then every answer was a 503 problem with Retry-After, and once the breaker opened, fast
            assertThat(answers).allSatisfy(a -> {
                assertThat(a.response().status()).isEqualTo(503);
                assertThat(a.response().isProblem()).isTrue();
                assertThat(a.response().header("Retry-After")).isNotBlank();
                assertThat(a.response().body())
                        .doesNotContainIgnoringCase("mongo")
                        .doesNotContain("Exception");
            });
            // only the breaker's probes of the store wait for it (each up to the 2 s server selection timeout):
            // the first 4 or 5 calls (half of a window of 10), then 2 each time its 5 s wait is over
            // (PlatformDefaults); the rest are refused without touching the store
            int probes = 5 + 2 * (int) (OUTAGE.toSeconds() / 5 + 1);
            List<Answer> waitedForTheStore =
                    answers.stream().filter(a -> a.took().toMillis() >= 1_500).toList();
            assertThat(waitedForTheStore)
                    .as("answers of 1.5 s or more, of %d: %s", answers.size(), slow(answers))
                    .hasSizeLessThanOrEqualTo(probes);
            assertThat(Answer.percentile(answers, 50)).isLessThan(250);
            assertThat(answers).allSatisfy(a -> assertThat(a.took()).isLessThan(Duration.ofSeconds(5)));

            // and after: every fact applied, none dead-lettered, the figures served again
            await().atMost(Duration.ofSeconds(120)).until(() -> dashboard.applied(during) == during.size());
            Duration recovered = Duration.ofNanos(System.nanoTime() - restoredAt);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> analyst.get("/api/dashboard/summary").status() == 200);
            Duration served = Duration.ofNanos(System.nanoTime() - restoredAt);
            assertThat(deadLetteredDuring).isEmpty();
            assertThat(Topic.deadLetters(capture, FactStream.TOPIC, dashboard.group()))
                    .isEmpty();

            System.out.printf(
                    "%nFault 4, store unreachable for %d s: %d requests, all 503 problem+json with Retry-After;"
                            + " %d waited for the store (the breaker's probes), the rest refused at once (p50 %d ms, max"
                            + " %d ms); %d facts published during the"
                            + " outage, %d applied after it, 0 dead-lettered; all applied %.1f s and requests served"
                            + " again %.1f s after the store came back%n",
                    OUTAGE.toSeconds(),
                    answers.size(),
                    waitedForTheStore.size(),
                    Answer.percentile(answers, 50),
                    Answer.percentile(answers, 100),
                    during.size(),
                    dashboard.applied(during),
                    recovered.toMillis() / 1000.0,
                    served.toMillis() / 1000.0);
        }
    }

    private static List<String> keys(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(ConsumerRecord::key).toList();
    }

    private static List<Long> slow(List<Answer> answers) {
        return answers.stream()
                .map(a -> a.took().toMillis())
                .filter(millis -> millis >= 1_500)
                .toList();
    }

    /** An HTTP answer and how long it took. */
    record Answer(ApiClient.Response response, Duration took) {
        static Answer of(Supplier<ApiClient.Response> request) {
            long started = System.nanoTime();
            ApiClient.Response response = request.get();
            return new Answer(response, Duration.ofNanos(System.nanoTime() - started));
        }

        static long percentile(List<Answer> answers, int percent) {
            List<Long> millis =
                    answers.stream().map(a -> a.took().toMillis()).sorted().toList();
            return millis.isEmpty() ? 0 : millis.get(Math.max(0, (millis.size() * percent + 99) / 100 - 1));
        }
    }
}
