package london.sanctuary.engagement;

import static london.sanctuary.engagement.SessionRequests.attendance;
import static london.sanctuary.engagement.SessionRequests.focusGroup;
import static london.sanctuary.engagement.SessionRequests.registration;
import static london.sanctuary.engagement.SessionRequests.sessions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.ConsentEvents;
import london.sanctuary.platform.test.EventRelay;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/** A person's registration and attendance are in the borough's audit trail; their needs are not. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=engagement")
class EngagementAuditIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    BoroughStores stores;

    ApiClient officer;
    EventRelay relay;

    @BeforeEach
    void connect() {
        officer = new ApiClient(
                port, AuditRecords.staffToken("newham.officer1", "Grace Officer", "newham", List.of("officer")));
        relay = new EventRelay(environment.getProperty("spring.kafka.bootstrap-servers"));
    }

    @AfterEach
    void disconnect() {
        relay.close();
    }

    @Test
    void registeringAPersonAndRecordingTheirAttendanceIsRecordedWithWhoWhatWhenAndNotTheirNeeds() {
        // given a participant holding PARTICIPATE and a session that started an hour ago
        UUID ref = UUID.randomUUID();
        new ConsentEvents(relay).grant(Borough.of("newham"), ParticipantRef.of(ref), ConsentPurpose.PARTICIPATE);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ledger.holds(
                        Borough.of("newham"), ParticipantRef.of(ref), ConsentPurpose.PARTICIPATE, Instant.now()));
        String session = officer.post(
                        sessions("newham"), focusGroup(Instant.now().minus(Duration.ofHours(1)), 5))
                .json()
                .path("sessionId")
                .asString();
        Instant before = Instant.now();

        // when
        ApiClient.Response registered =
                officer.post(sessions("newham") + "/" + session + "/registrations", registration(ref));
        ApiClient.Response attended =
                officer.post(sessions("newham") + "/" + session + "/attendance", attendance(ref, true, 480));

        // then
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(attended.status()).as(attended.body()).isEqualTo(200);
        assertThat(AuditRecords.about(stores.of("newham"), ref.toString()))
                .satisfiesExactly(
                        entry -> assertThat(entry.getString("action")).isEqualTo("registration.created"),
                        entry -> assertThat(entry.getString("action")).isEqualTo("attendance.recorded"));
        assertThat(AuditRecords.about(stores.of("newham"), ref.toString())).allSatisfy(entry -> {
            assertThat(entry.getString("subject")).isEqualTo("newham.officer1");
            assertThat(entry.getString("name")).isEqualTo("Grace Officer");
            assertThat(entry.getString("service")).isEqualTo("engagement");
            assertThat(entry.getString("recordId")).isEqualTo(session);
            assertThat(entry.getDate("at").toInstant()).isBetween(before, Instant.now());
            // the entry's own ids are random UUIDs, which may hold "480" by chance: the needs are looked for elsewhere
            Document withoutIds = new Document(entry);
            List.of("_id", "recordId", "participantRef").forEach(withoutIds::remove);
            assertThat(withoutIds.toJson())
                    .doesNotContain("STEP_FREE")
                    .doesNotContain("MORNING")
                    .doesNotContain("480");
        });
    }
}
