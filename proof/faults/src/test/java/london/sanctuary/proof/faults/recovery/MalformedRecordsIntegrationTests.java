package london.sanctuary.proof.faults.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import london.sanctuary.platform.test.EmbeddedInfrastructure;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.ProofSize;
import london.sanctuary.platform.test.RecordCapture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Fault 5: malformed records among good facts on the dashboard's input topic (small: 10 among 1,000; full:
 * 100 among 10,000), each carrying a made-up person's name, phone and email. Exactly the malformed ones
 * reach the dead-letter topic, with the reason in headers; every good fact is applied; no log line and
 * no failure header names the person.
 */
class MalformedRecordsIntegrationTests {

    static final int RECORDS = ProofSize.of(1_000, 10_000);
    static final int MALFORMED = RECORDS / 100;

    @Test
    void malformedRecordsAndOnlyThoseAreDeadLetteredWithTheirReasonAndNoPersonalDataIsLogged() throws Exception {
        // given
        Dashboard dashboard = Dashboard.primary();
        String run = UUID.randomUUID().toString();
        List<FactStream.Person> people = IntStream.range(0, MALFORMED)
                .mapToObj(FactStream.Person::number)
                .toList();
        List<String> good = new ArrayList<>();
        long started;
        try (FactStream facts = new FactStream();
                RecordCapture capture = new RecordCapture(EmbeddedInfrastructure.kafkaBootstrapServers());
                LogCapture logs = LogCapture.open()) {

            // when the malformed records are spread evenly among the good ones
            started = System.nanoTime();
            int every = RECORDS / MALFORMED;
            for (int i = 0; i < RECORDS; i++) {
                if (i % every == every / 2) {
                    facts.malformed(run + "-" + i / every, i / every, people.get(i / every));
                } else {
                    good.add(facts.fact());
                }
            }
            facts.flush();

            // then
            await().atMost(Duration.ofMinutes(ProofSize.of(3, 15))).until(() -> dashboard.applied(good) == good.size());
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> ours(capture, dashboard, run).size() >= MALFORMED);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            List<ConsumerRecord<String, byte[]>> deadLetters = ours(capture, dashboard, run);

            assertThat(deadLetters).hasSize(MALFORMED);
            assertThat(deadLetters.stream().map(ConsumerRecord::key).collect(Collectors.toSet()))
                    .hasSize(MALFORMED);
            assertThat(deadLetters).allSatisfy(r -> {
                assertThat(RecordCapture.header(r, "x-exception-message")).isNotBlank();
                assertThat(RecordCapture.header(r, "x-exception-fqcn")).isNotBlank();
                assertThat(RecordCapture.header(r, "x-exception-reason")).isEqualTo("UnreadableEvent");
                assertThat(RecordCapture.header(r, "x-original-topic")).isEqualTo(FactStream.TOPIC);
                assertThat(RecordCapture.header(r, "x-original-offset")).isNotBlank();
            });
            assertThat(dashboard.applied(good)).isEqualTo(good.size());

            List<String> planted =
                    people.stream().flatMap(p -> p.details().stream()).toList();
            List<String> lines = logs.lines();
            assertThat(lines)
                    .noneSatisfy(line ->
                            assertThat(planted).anySatisfy(d -> assertThat(line).contains(d)));
            List<String> failureHeaders = deadLetters.stream()
                    .flatMap(r -> failureHeaders(r).stream())
                    .toList();
            assertThat(failureHeaders)
                    .noneSatisfy(h ->
                            assertThat(planted).anySatisfy(d -> assertThat(h).contains(d)));

            Set<String> reasons = deadLetters.stream()
                    .map(r -> RecordCapture.header(r, "x-exception-reason"))
                    .collect(Collectors.toSet());
            System.out.printf(
                    "%nFault 5, %d malformed among %,d records: %d dead-lettered (reasons %s), %,d of %,d good facts"
                            + " applied, in %.1f s; %,d log lines and %d failure headers scanned, 0 with the planted"
                            + " names, phones or emails%n",
                    MALFORMED,
                    RECORDS,
                    deadLetters.size(),
                    reasons,
                    dashboard.applied(good),
                    good.size(),
                    took.toMillis() / 1000.0,
                    lines.size(),
                    failureHeaders.size());
        }
    }

    private static List<ConsumerRecord<String, byte[]>> ours(RecordCapture capture, Dashboard dashboard, String run) {
        return Topic.deadLetters(capture, FactStream.TOPIC, dashboard.group()).stream()
                .filter(r -> r.key() != null && r.key().startsWith(run))
                .toList();
    }

    private static List<String> failureHeaders(ConsumerRecord<String, byte[]> record) {
        List<String> values = new ArrayList<>();
        record.headers().forEach(h -> {
            if (h.key().startsWith("x-exception") || h.key().startsWith("x-key-exception")) {
                values.add(new String(h.value(), StandardCharsets.UTF_8));
            }
        });
        return values;
    }
}
