package london.sanctuary.proof.security.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import london.sanctuary.contracts.ContractJson;
import london.sanctuary.platform.test.RecordCapture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * After the demo run, no demo participant's name, phone or e-mail is on any topic (dead letters and internal topics
 * too), in any log line of the run or in any metric of any service; the only personal data on the exchange is the
 * referral package, and that is ciphertext.
 */
@ExtendWith(DemoRun.Shared.class)
class PersonalDataScanIntegrationTests {

    static DemoRun run;
    static Traces traces;
    static TopicRecords topics;
    static List<ConsumerRecord<String, byte[]>> records;

    @BeforeAll
    static void afterTheDemoRunHasSettled(DemoRun demo) throws Exception {
        run = demo;
        traces = new Traces(demo.people());
        topics = new TopicRecords(demo.bootstrapServers());
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> topics.lag() == 0 && Metrics.sum(Metrics.scrapes(run), "sanctuary_outbox_pending") == 0);
        records = topics.all();
        System.out.printf(
                "Personal-data scan: %d participants, %d traces (names, phones, e-mails and their variants)%n",
                demo.people().size(), traces.size());
    }

    @Test
    void noRecordOnAnyTopicCarriesADemoParticipantsDetails() throws Exception {
        // when every record on every topic, read from offset zero (key, headers and value as UTF-8), is searched
        List<Traces.Hit> hits = new ArrayList<>();
        records.forEach(r -> hits.addAll(
                traces.in(r.topic() + "/" + r.partition() + "@" + r.offset(), RecordCapture.everythingIn(r))));

        // then none is found
        Set<String> names = topics.topics();
        System.out.printf(
                "Personal-data scan: %d topics, %d of them dead-letter topics holding %d records%n",
                names.size(),
                names.stream().filter(t -> t.endsWith(".dlq")).count(),
                records.stream().filter(r -> r.topic().endsWith(".dlq")).count());
        report("topic records", records.size(), hits);
        assertThat(records).hasSizeGreaterThan(run.people().size());
        assertThat(names).anyMatch(topic -> topic.endsWith(".dlq")).contains("__consumer_offsets");
        assertThat(hits).isEmpty();
    }

    @Test
    void theReferralPackageOnTheExchangeIsCiphertextNotText() throws Exception {
        // given every event on any platform topic that carries a referral package (ReferralSent, and any copy)
        List<JsonNode> sent = records.stream()
                .filter(r -> r.topic().startsWith("sanctuary.")
                        && r.value() != null
                        && r.value().length > 0
                        && r.value()[0] == '{')
                .map(r -> ContractJson.mapper().readTree(r.value()))
                .filter(event -> event.has("referralPackage"))
                .toList();

        // then each package is AES-256-GCM, and its ciphertext decodes to bytes that are not text
        report("referral packages", sent.size(), List.of());
        assertThat(sent).isNotEmpty();
        assertThat(sent).allSatisfy(event -> {
            JsonNode sealed = event.path("referralPackage");
            assertThat(sealed.path("algorithm").asString()).isEqualTo("AES-256-GCM");
            byte[] ciphertext =
                    Base64.getDecoder().decode(sealed.path("ciphertext").asString());
            assertThat(ciphertext.length).isGreaterThan(100);
            assertThat(isUtf8(ciphertext)).as("the package decodes as text").isFalse();
        });
    }

    @Test
    void noLogLineOfTheRunCarriesADemoParticipantsDetails() {
        // given every log line of the JVM since before the platform started, with stack traces
        List<String> lines = run.logs().lines();

        // when each is searched
        List<Traces.Hit> hits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            hits.addAll(traces.in("log line " + i, lines.get(i)));
        }

        // then none is found
        report("log lines", lines.size(), hits);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Demo data: newham"));
        assertThat(hits).isEmpty();
    }

    @Test
    void noMetricOfAnyServiceNamesADemoParticipant() {
        // given each service's Prometheus scrape: metric names, tag values and values
        Map<String, String> scrapes = Metrics.scrapes(run);

        // when each is searched
        List<Traces.Hit> hits = new ArrayList<>();
        scrapes.forEach((service, scrape) -> hits.addAll(traces.in(service + " /actuator/prometheus", scrape)));

        // then none is found
        long series = scrapes.values().stream().mapToLong(Metrics::series).sum();
        report("metric series", series, hits);
        assertThat(scrapes).containsKeys("consent", "engagement", "feedback", "actions", "referrals", "dashboard");
        assertThat(hits).isEmpty();
    }

    @Test
    void noStoredDocumentHoldsADemoParticipantsDetailsInClear() {
        // given every document of every database and collection of the store, as JSON
        List<Traces.Hit> hits = new ArrayList<>();

        // when each is searched
        int documents =
                new StoredDocuments(run.mongoUri()).forEach((where, json) -> hits.addAll(traces.in(where, json)));

        // then none is found: personal data is kept encrypted under the participant's key
        report("stored documents", documents, hits);
        assertThat(documents).isGreaterThan(run.people().size());
        assertThat(hits).isEmpty();
    }

    static void report(String what, long scanned, List<Traces.Hit> hits) {
        System.out.printf("Personal-data scan: %,d %s scanned, %d hits%n", scanned, what, hits.size());
        hits.stream().limit(20).forEach(hit -> System.out.printf("  hit: %s in %s%n", hit.what(), hit.where()));
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException notText) {
            return false;
        }
    }
}
