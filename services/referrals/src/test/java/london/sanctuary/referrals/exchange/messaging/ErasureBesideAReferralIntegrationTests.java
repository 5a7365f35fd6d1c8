package london.sanctuary.referrals.exchange.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.referrals.EncryptedPackage;
import london.sanctuary.contracts.referrals.ReferralSent;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.inbox.BatchEffect;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.ReceivedEvent;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.platform.test.ConsentEvents;
import london.sanctuary.platform.test.EventBatch;
import london.sanctuary.referrals.ReferralsServiceTest;
import london.sanctuary.referrals.incoming.Erasures;
import london.sanctuary.referrals.incoming.Receiving;
import london.sanctuary.referrals.outgoing.ReferralEndings;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.Referrals;
import london.sanctuary.referrals.referral.Routing;
import london.sanctuary.referrals.referral.Sealed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;

/**
 * Decision 0072: the person's erasure in the receiving borough, heard while a referral of theirs is between the
 * receiver's check and its copy being kept, finds no copy to forget; asked again once the copy is kept, the copy
 * forgets them.
 */
class ErasureBesideAReferralIntegrationTests extends ReferralsServiceTest {

    static final Borough HACKNEY = Borough.of("hackney");
    static final Borough BARNET = Borough.of("barnet");

    @Autowired
    Inbox inbox;

    @Autowired
    ServedBoroughs served;

    @Autowired
    Receiving receiving;

    @Autowired
    Erasures erasures;

    @Autowired
    ConsentLedger consentLedger;

    @Autowired
    ReferralEndings endings;

    @Autowired
    Referrals referrals;

    @Autowired
    @Qualifier("consentLedgerIn")
    Consumer<Message<?>> consentLedgerIn;

    final ParticipantRef person = ParticipantRef.random();
    final ReferralId id = ReferralId.random();
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    final ReferralSent sent = new ReferralSent(
            id,
            HACKNEY,
            BARNET,
            person,
            now,
            LocalDate.now().plusDays(30),
            now.plus(Duration.ofDays(5)),
            new EncryptedPackage(EncryptedPackage.AES_256_GCM, "key-erased", "aXY=", "c2VhbGVk"));

    @Test
    void givenTheirErasureHeardBetweenTheReceiversCheckAndItsCopyThenTheCopyForgetsThem() {
        // given a referral of a person sent to Barnet
        List<ReceivedEvent> batch = EventBatch.received(List.of(OutboxEntry.of(sent, HACKNEY, id.toString(), now)));

        // when Barnet hears their erasure after its check and before the copy is kept
        inbox.each("erasure-beside-" + UUID.randomUUID(), batch, event -> {
            BatchEffect planned =
                    ExchangeConsumers.asReceiver(event, served, receiving, erasures, consentLedger, endings);
            ConsentEvents.heardBy(consentLedgerIn).erase(BARNET, person);
            return planned;
        });

        // then Barnet keeps the referral, and not who it is about
        Referral copy = referrals.find(BARNET, id).orElseThrow();
        assertThat(consentLedger.erased(BARNET, person)).isTrue();
        assertThat(copy.routing().participantRef()).isNull();
        assertThat(referrals.ofParticipant(BARNET, person)).isEmpty();
    }

    @Test
    void givenACopyKeptWithTheirRefAfterTheirErasureAndNeverAskedAgainWhenDeliveredAgainThenTheCopyForgetsThem() {
        // given the crash window: Barnet heard their erasure, kept the copy with their ref, and died before asking
        // again
        ConsentEvents.heardBy(consentLedgerIn).erase(BARNET, person);
        receiving.received(
                new Routing(id, HACKNEY, BARNET, person),
                sent.sentAt(),
                sent.moveDate(),
                sent.respondBy(),
                new Sealed("key-erased", "aXY=", "c2VhbGVk"));
        assertThat(referrals.ofParticipant(BARNET, person)).hasSize(1);

        // when the referral is delivered again (its inbox record was never written)
        inbox.each(
                "erasure-beside-" + UUID.randomUUID(),
                EventBatch.received(List.of(OutboxEntry.of(sent, HACKNEY, id.toString(), now))),
                event -> ExchangeConsumers.asReceiver(event, served, receiving, erasures, consentLedger, endings));

        // then
        assertThat(referrals.find(BARNET, id).orElseThrow().routing().participantRef())
                .isNull();
        assertThat(referrals.ofParticipant(BARNET, person)).isEmpty();
    }
}
