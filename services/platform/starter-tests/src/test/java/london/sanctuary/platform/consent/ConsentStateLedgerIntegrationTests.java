package london.sanctuary.platform.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.Topics;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.contracts.consent.ConsentStateRecorded;
import london.sanctuary.platform.test.EventRelay;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.testapp.ConsentChanges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The ledger hears consent by two roads that keep no order between them: the consent topic's events and the
 * compacted consent-state topic (decision 0052). Whichever comes first, nothing withdrawn or erased comes back.
 */
@SanctuaryIntegrationTest
class ConsentStateLedgerIntegrationTests {

    private static final Borough LAMBETH = Borough.of("lambeth");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    ConsentChanges changes;

    EventRelay relay;
    ParticipantRef ref = ParticipantRef.random();

    @BeforeEach
    void connect() {
        relay = new EventRelay(bootstrap);
    }

    @AfterEach
    void disconnect() {
        relay.close();
    }

    @Test
    void aStateOfGrantHoldsAsAnEventOfGrantDoes() {
        // when
        state(ConsentPurpose.RECONTACT, true, UUID.randomUUID(), 1, Instant.now(), null);

        // then
        await().atMost(WAIT).until(() -> holds(ConsentPurpose.RECONTACT));
        // the ledger answers from its state first and announces the change after
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(changes.heard)
                        .anySatisfy(c -> assertThat(c.participantRef().equals(ref)
                                        && c.holds()
                                        && c.purpose() == ConsentPurpose.RECONTACT)
                                .isTrue()));
    }

    @Test
    void aWithdrawalHeardAsAStateFirstKeepsTheGrantsEventFromRevivingIt() {
        // given the state topic says the grant was withdrawn, before the consent topic's grant arrives
        UUID consentId = UUID.randomUUID();
        Instant grantedAt = Instant.now().minusSeconds(60);
        state(ConsentPurpose.PARTICIPATE, false, consentId, 2, Instant.now(), null);
        await().atMost(WAIT).until(() -> ledger.ended(LAMBETH, ref, ConsentPurpose.PARTICIPATE, Instant.now()));

        // when the grant's event comes, then a marker after it on the participant's partition
        grantEvent(ConsentPurpose.PARTICIPATE, consentId, grantedAt);
        grantEvent(ConsentPurpose.PUBLISH_QUOTE, UUID.randomUUID(), Instant.now());

        // then
        await().atMost(WAIT).until(() -> holds(ConsentPurpose.PUBLISH_QUOTE));
        assertThat(holds(ConsentPurpose.PARTICIPATE)).isFalse();
    }

    @Test
    void anOlderStateDeliveredAfterANewerOneChangesNothing() {
        // given the grant's withdrawal, version 3
        UUID consentId = UUID.randomUUID();
        Instant grantedAt = Instant.now().minusSeconds(60);
        state(ConsentPurpose.LINK_FEEDBACK, false, consentId, 3, Instant.now(), null);
        await().atMost(WAIT).until(() -> ledger.ended(LAMBETH, ref, ConsentPurpose.LINK_FEEDBACK, Instant.now()));

        // when the grant's own state, version 2, is delivered again, then a marker
        state(ConsentPurpose.LINK_FEEDBACK, true, consentId, 2, grantedAt, null);
        state(ConsentPurpose.RECONTACT, true, UUID.randomUUID(), 4, Instant.now(), null);

        // then
        await().atMost(WAIT).until(() -> holds(ConsentPurpose.RECONTACT));
        assertThat(holds(ConsentPurpose.LINK_FEEDBACK)).isFalse();
    }

    @Test
    void aStateCarriesTheGrantsExpiry() {
        // when
        Instant expiresAt = Instant.now().plus(Duration.ofDays(30));
        state(ConsentPurpose.SHARE_ON_MOVE, true, UUID.randomUUID(), 1, Instant.now(), expiresAt);

        // then
        await().atMost(WAIT).until(() -> holds(ConsentPurpose.SHARE_ON_MOVE));
        assertThat(ledger.holds(LAMBETH, ref, ConsentPurpose.SHARE_ON_MOVE, expiresAt.plusSeconds(1)))
                .isFalse();
    }

    @Test
    void aTombstoneOnTheStateTopicErasesTheParticipantAndIsAnnouncedOnce() {
        // given
        state(ConsentPurpose.PARTICIPATE, true, UUID.randomUUID(), 1, Instant.now(), null);
        await().atMost(WAIT).until(() -> holds(ConsentPurpose.PARTICIPATE));

        // when the erasure deletes every purpose's key
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            relay.tombstone(Topics.consentState(LAMBETH.code()), ConsentStateRecorded.key(ref, purpose));
        }
        state(ConsentPurpose.PARTICIPATE, true, UUID.randomUUID(), 9, Instant.now(), null);

        // then: erased, and a grant after the erasure revives nothing
        await().atMost(WAIT).until(() -> ledger.erased(LAMBETH, ref));
        assertThat(holds(ConsentPurpose.PARTICIPATE)).isFalse();
        await().atMost(WAIT)
                .until(() ->
                        changes.heard.stream().anyMatch(c -> c.participantRef().equals(ref) && c.erased()));
        assertThat(changes.heard.stream().filter(c -> c.participantRef().equals(ref) && c.erased()))
                .hasSize(1);
    }

    private boolean holds(ConsentPurpose purpose) {
        return ledger.holds(LAMBETH, ref, purpose, Instant.now());
    }

    private void state(
            ConsentPurpose purpose, boolean granted, UUID consentId, long version, Instant at, Instant expiresAt) {
        relay.publish(
                new ConsentStateRecorded(ref, LAMBETH, purpose, granted, consentId, version, at, expiresAt),
                LAMBETH,
                ConsentStateRecorded.key(ref, purpose),
                "consent");
    }

    private void grantEvent(ConsentPurpose purpose, UUID consentId, Instant grantedAt) {
        relay.publish(
                new ConsentGranted(
                        ref,
                        LAMBETH,
                        consentId,
                        purpose,
                        LegalBasis.CONSENT,
                        ConsentMethod.WRITTEN,
                        "ar",
                        "2026-10",
                        grantedAt,
                        null,
                        false),
                LAMBETH,
                ref.toString(),
                "consent");
    }
}
