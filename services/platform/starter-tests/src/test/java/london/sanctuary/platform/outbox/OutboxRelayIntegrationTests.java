package london.sanctuary.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.consent.ParticipantEnrolled;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import london.sanctuary.platform.testapp.Widget;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

@SanctuaryIntegrationTest
class OutboxRelayIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    OutboxRelay relay;

    @Autowired
    BoroughStores stores;

    RecordCapture capture;
    ApiClient newham;

    @BeforeEach
    void setUp() {
        capture = new RecordCapture(bootstrap);
        newham = new ApiClient(port, TestTokens.officer("newham"));
    }

    @AfterEach
    void tearDown() {
        relay.start();
        capture.close();
    }

    @Test
    void aWrittenEventIsPublishedOnceAsABinaryCloudEventAndLeavesTheOutbox() {
        // when
        String id = newham.post("/api/boroughs/newham/widgets", "{\"name\":\"kettle\"}")
                .json()
                .get("id")
                .asText();

        // then
        await().atMost(Duration.ofSeconds(20)).until(() -> recordsFor(id).size() == 1);
        ConsumerRecord<String, byte[]> record = recordsFor(id).get(0);
        assertThat(record.topic()).isEqualTo("sanctuary.newham.consent.v1");
        assertThat(record.key()).isEqualTo(id);
        assertThat(RecordCapture.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(RecordCapture.header(record, "ce_type"))
                .isEqualTo("london.sanctuary.consent.participant-enrolled.v1");
        assertThat(RecordCapture.header(record, "ce_source")).isEqualTo("/sanctuary/newham/widgets");
        assertThat(RecordCapture.header(record, "ce_borough")).isEqualTo("newham");
        assertThat(RecordCapture.header(record, "ce_id")).isNotBlank();
        assertThat(RecordCapture.header(record, "ce_time")).isNotBlank();
        assertThat(RecordCapture.header(record, "content-type")).isEqualTo("application/json");
        await().until(() ->
                stores.of("newham").findById(id, Widget.class).outbox.isEmpty());
    }

    @Test
    void aRelayStoppedBetweenTheWriteAndThePublishLosesNothingAndPublishesOnceWhenItStartsAgain() {
        // given
        relay.stop();
        String id = newham.post("/api/boroughs/newham/widgets", "{\"name\":\"toaster\"}")
                .json()
                .get("id")
                .asText();

        // when the relay is down, the event waits in the document
        assertThat(stores.of("newham").findById(id, Widget.class).outbox).hasSize(1);
        assertThat(recordsFor(id)).isEmpty();
        relay.start();

        // then
        await().atMost(Duration.ofSeconds(20)).until(() -> recordsFor(id).size() == 1);
        await().until(() ->
                stores.of("newham").findById(id, Widget.class).outbox.isEmpty());
        assertThat(relay.publishPending()).isZero();
        assertThat(recordsFor(id)).hasSize(1);
    }

    @Test
    void aChangeWrittenWhileEventsArePendingNeitherLosesNorRepeatsThem() {
        // given an event waiting in the document
        relay.stop();
        String id = newham.post("/api/boroughs/newham/widgets", "{\"name\":\"radio\"}")
                .json()
                .get("id")
                .asText();

        // when the aggregate changes before the relay runs
        newham.put("/api/boroughs/newham/widgets/" + id, "{\"name\":\"wireless\",\"version\":0}");
        assertThat(stores.of("newham").findById(id, Widget.class).outbox).hasSize(1);
        relay.start();

        // then
        await().atMost(Duration.ofSeconds(20)).until(() -> recordsFor(id).size() == 1);
        await().until(() ->
                stores.of("newham").findById(id, Widget.class).outbox.isEmpty());
        assertThat(stores.of("newham").findById(id, Widget.class).name).isEqualTo("wireless");
        assertThat(recordsFor(id)).hasSize(1);
    }

    @Test
    void anEventAnotherReplicaWroteIsPublishedThoughThisJvmWasNeverToldOfIt() {
        // given the relay idle (looking once a second), and a widget with a pending event written straight to the
        // store, as another replica's write would be: nothing in this JVM tells the relay of it (decision 0082)
        String id = UUID.randomUUID().toString();
        Document entry = new Document();
        stores.of("newham")
                .getConverter()
                .write(
                        OutboxEntry.of(
                                new ParticipantEnrolled(
                                        ParticipantRef.of(id), Borough.of("newham"), Instant.now(), null),
                                "newham",
                                id,
                                Instant.now()),
                        entry);

        // when
        stores.of("newham")
                .insert(
                        new Document("_id", id)
                                .append("version", 0L)
                                .append("name", "lamp")
                                .append("outbox", List.of(entry))
                                .append("pendingSince", new Date()),
                        "widgets");

        // then the relay's next idle look publishes it, once, and empties the outbox
        await().atMost(Duration.ofSeconds(20)).until(() -> recordsFor(id).size() == 1);
        await().until(() ->
                stores.of("newham").findById(id, Widget.class).outbox.isEmpty());
        assertThat(recordsFor(id)).hasSize(1);
    }

    private List<ConsumerRecord<String, byte[]>> recordsFor(String id) {
        return capture.records().stream().filter(r -> id.equals(r.key())).toList();
    }
}
