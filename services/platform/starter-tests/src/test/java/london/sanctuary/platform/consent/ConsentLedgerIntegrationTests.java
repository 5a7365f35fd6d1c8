package london.sanctuary.platform.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.contracts.consent.ConsentWithdrawn;
import london.sanctuary.contracts.consent.ParticipantErased;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.testapp.ConsentChanges;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@SanctuaryIntegrationTest
class ConsentLedgerIntegrationTests {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    ConsentChanges changes;

    KafkaProducer<String, byte[]> producer;
    private static final Borough LAMBETH = Borough.of("lambeth");
    ParticipantRef ref = ParticipantRef.random();

    @BeforeEach
    void setUp() {
        producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    @AfterEach
    void tearDown() {
        producer.close();
    }

    @Test
    void aGrantHoldsUntilItIsWithdrawnAndTheServiceHearsOfTheWithdrawal() throws Exception {
        // given
        UUID consentId = UUID.randomUUID();
        publish(granted(consentId, ConsentPurpose.RECONTACT, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> holds(ConsentPurpose.RECONTACT));
        assertThat(holds(ConsentPurpose.SHARE_ON_MOVE)).isFalse();

        // when
        publish(new ConsentWithdrawn(ref, LAMBETH, consentId, ConsentPurpose.RECONTACT, Instant.now()));

        // then (the ledger answers from its state first and announces the change after: wait for both)
        await().atMost(Duration.ofSeconds(30)).until(() -> !holds(ConsentPurpose.RECONTACT));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(changes.heard).anySatisfy(change -> {
                    assertThat(change.participantRef()).isEqualTo(ref);
                    assertThat(change.ends(ConsentPurpose.RECONTACT)).isTrue();
                }));
    }

    @Test
    void anExpiredGrantDoesNotHold() throws Exception {
        publish(granted(
                UUID.randomUUID(), ConsentPurpose.PARTICIPATE, Instant.now().plusSeconds(3600)));
        await().atMost(Duration.ofSeconds(30)).until(() -> holds(ConsentPurpose.PARTICIPATE));

        assertThat(ledger.holds(
                        LAMBETH, ref, ConsentPurpose.PARTICIPATE, Instant.now().plusSeconds(7200)))
                .isFalse();
    }

    @Test
    void erasureEndsEveryPurposeAndAStaleGrantDeliveredAgainDoesNotRevive() throws Exception {
        // given
        ConsentGranted grant = granted(UUID.randomUUID(), ConsentPurpose.PARTICIPATE, null);
        publish(grant);
        await().atMost(Duration.ofSeconds(30)).until(() -> holds(ConsentPurpose.PARTICIPATE));

        // when the erasure is followed by a redelivery of the old grant, then a last event as a marker
        publish(new ParticipantErased(ref, LAMBETH, Instant.now()));
        publish(grant);
        publish(new ConsentWithdrawn(ref, LAMBETH, UUID.randomUUID(), ConsentPurpose.PUBLISH_QUOTE, Instant.now()));

        // then: the marker comes after the others on the participant's partition
        await().atMost(Duration.ofSeconds(30))
                .until(() -> changes.heard.stream()
                        .anyMatch(c -> c.participantRef().equals(ref) && c.purpose() == ConsentPurpose.PUBLISH_QUOTE));
        assertThat(holds(ConsentPurpose.PARTICIPATE)).isFalse();
        assertThat(changes.heard.stream()
                        .filter(c -> c.participantRef().equals(ref))
                        .toList())
                .noneMatch(c -> c.holds()
                        && c.purpose() == ConsentPurpose.PARTICIPATE
                        && changes.heard.indexOf(c) > indexOfErasure());
        assertThat(changes.heard)
                .anySatisfy(change -> assertThat(
                                change.erased() && change.participantRef().equals(ref))
                        .isTrue());
    }

    @Test
    void aWithdrawalEndsThePurposeUntilThePurposeIsGrantedAgain() throws Exception {
        // given
        UUID consentId = UUID.randomUUID();
        publish(granted(consentId, ConsentPurpose.LINK_FEEDBACK, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> holds(ConsentPurpose.LINK_FEEDBACK));
        assertThat(ended(ConsentPurpose.LINK_FEEDBACK)).isFalse();

        // when
        Instant withdrawnAt = Instant.now();
        ConsentWithdrawn withdrawal =
                new ConsentWithdrawn(ref, LAMBETH, consentId, ConsentPurpose.LINK_FEEDBACK, withdrawnAt);
        publish(withdrawal);
        publish(withdrawal);

        // then
        await().atMost(Duration.ofSeconds(30)).until(() -> ended(ConsentPurpose.LINK_FEEDBACK));
        assertThat(ended(ConsentPurpose.RECONTACT)).isFalse();

        // and when the purpose is granted again
        publish(granted(UUID.randomUUID(), ConsentPurpose.LINK_FEEDBACK, null));

        // then the grant covers what comes after it, not what the withdrawal took back
        await().atMost(Duration.ofSeconds(30)).until(() -> holds(ConsentPurpose.LINK_FEEDBACK));
        assertThat(ended(ConsentPurpose.LINK_FEEDBACK)).isFalse();
        Instant before = withdrawnAt.minusSeconds(60);
        Instant after = withdrawnAt.plusSeconds(1);
        assertThat(ledger.ended(LAMBETH, ref, ConsentPurpose.LINK_FEEDBACK, before))
                .isTrue();
        assertThat(ledger.ended(LAMBETH, ref, ConsentPurpose.LINK_FEEDBACK, after))
                .isFalse();
        assertThat(ledger.ended(LAMBETH, ref, ConsentPurpose.RECONTACT, before)).isFalse();
    }

    @Test
    void aGrantNotYetHeardHasNotEndedAndAWithdrawalOfAnotherGrantEndsNothing() throws Exception {
        // given nothing heard of the participant yet
        assertThat(holds(ConsentPurpose.LINK_FEEDBACK)).isFalse();
        assertThat(ended(ConsentPurpose.LINK_FEEDBACK)).isFalse();

        // when a grant is withdrawn that is not the one in force, then a last event as a marker
        publish(granted(UUID.randomUUID(), ConsentPurpose.LINK_FEEDBACK, null));
        publish(new ConsentWithdrawn(ref, LAMBETH, UUID.randomUUID(), ConsentPurpose.LINK_FEEDBACK, Instant.now()));
        publish(granted(UUID.randomUUID(), ConsentPurpose.PUBLISH_QUOTE, null));

        // then
        await().atMost(Duration.ofSeconds(30)).until(() -> holds(ConsentPurpose.PUBLISH_QUOTE));
        assertThat(holds(ConsentPurpose.LINK_FEEDBACK)).isTrue();
        assertThat(ended(ConsentPurpose.LINK_FEEDBACK)).isFalse();
    }

    @Test
    void erasureEndsEveryPurpose() throws Exception {
        // given
        publish(granted(UUID.randomUUID(), ConsentPurpose.LINK_FEEDBACK, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> holds(ConsentPurpose.LINK_FEEDBACK));

        // when
        publish(new ParticipantErased(ref, LAMBETH, Instant.now()));

        // then
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.erased(LAMBETH, ref));
        assertThat(ended(ConsentPurpose.LINK_FEEDBACK)).isTrue();
        assertThat(ended(ConsentPurpose.SHARE_ON_MOVE)).isTrue();
    }

    private boolean ended(ConsentPurpose purpose) {
        return ledger.ended(LAMBETH, ref, purpose, Instant.now());
    }

    private int indexOfErasure() {
        for (int i = 0; i < changes.heard.size(); i++) {
            if (changes.heard.get(i).erased()
                    && changes.heard.get(i).participantRef().equals(ref)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private ConsentGranted granted(UUID consentId, ConsentPurpose purpose, Instant expiresAt) {
        return new ConsentGranted(
                ref,
                LAMBETH,
                consentId,
                purpose,
                LegalBasis.CONSENT,
                ConsentMethod.WRITTEN,
                "ar",
                "2026-10",
                Instant.now(),
                expiresAt,
                false);
    }

    private boolean holds(ConsentPurpose purpose) {
        return ledger.holds(LAMBETH, ref, purpose, Instant.now());
    }

    private void publish(Contract event) throws Exception {
        producer.send(CloudEventRecords.toRecord(
                        OutboxEntry.of(event, LAMBETH, ref.toString(), Instant.now()), "consent"))
                .get();
    }
}
