package london.sanctuary.referrals.exchange.messaging;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.referrals.ReferralAccepted;
import london.sanctuary.contracts.referrals.ReferralCompleted;
import london.sanctuary.contracts.referrals.ReferralDeclined;
import london.sanctuary.contracts.referrals.ReferralErasureAcknowledged;
import london.sanctuary.contracts.referrals.ReferralErasureNotified;
import london.sanctuary.contracts.referrals.ReferralOverdue;
import london.sanctuary.contracts.referrals.ReferralReceived;
import london.sanctuary.contracts.referrals.ReferralSent;
import london.sanctuary.contracts.referrals.ReferralStarted;
import london.sanctuary.contracts.referrals.ReferralSupportPickedUp;
import london.sanctuary.contracts.referrals.ReferralWithdrawn;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.inbox.BatchEffect;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.EventBatches;
import london.sanctuary.platform.messaging.ReceivedEvent;
import london.sanctuary.referrals.incoming.Erasures;
import london.sanctuary.referrals.incoming.Receiving;
import london.sanctuary.referrals.outgoing.Mirror;
import london.sanctuary.referrals.outgoing.ReferralEndings;
import london.sanctuary.referrals.referral.DeclineReason;
import london.sanctuary.referrals.referral.ReferralStatus;
import london.sanctuary.referrals.referral.Routing;
import london.sanctuary.referrals.referral.Sealed;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;

/**
 * {@code onExchangeEvents}: every referral event of every borough passes here; each instance acts only for the
 * boroughs it serves — as receiver on ReferralSent, ReferralWithdrawn and ReferralErasureNotified, as sender on the
 * receiver's events and its erasure receipts —
 * once per event and borough through the inbox, a poll at a time (checked in one query per borough and role,
 * recorded in one insert). Each effect is a state change on an aggregate with its own outbox, so it runs per event;
 * each is safe to repeat for its event (a batch cut off before its record): a referral already received, a status
 * already reached, an erasure already acknowledged is left as it is. What the package holds, it never sees.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeConsumers {

    static final String RECEIVER = "referral-inbox";
    static final String SENDER = "referral-mirror";

    @Bean
    Consumer<Message<?>> onExchangeEvents(
            Inbox inbox,
            ServedBoroughs served,
            Receiving receiving,
            Erasures erasures,
            Mirror mirror,
            ConsentLedger ledger,
            ReferralEndings endings) {
        Function<ReceivedEvent, BatchEffect> asReceiver =
                event -> asReceiver(event, served, receiving, erasures, ledger, endings);
        Function<ReceivedEvent, BatchEffect> asSender = event -> asSender(event, served, mirror);
        return EventBatches.eachEvent(events -> {
            BatchListenerFailedException failed = null;
            try {
                inbox.each(RECEIVER, events, asReceiver);
            } catch (BatchListenerFailedException receiverFailed) {
                failed = receiverFailed;
            }
            // as sender, up to the receiver's failure: the batch is delivered again from there; a failure here is
            // earlier in the batch, and is the one the batch is delivered again from
            inbox.each(SENDER, failed == null ? events : events.subList(0, failed.getIndex()), asSender);
            if (failed != null) {
                throw failed;
            }
        });
    }

    /** What an event does in a receiving borough served here: a referral arrives, is withdrawn, or is to be erased. */
    static BatchEffect asReceiver(
            ReceivedEvent event,
            ServedBoroughs served,
            Receiving receiving,
            Erasures erasures,
            ConsentLedger ledger,
            ReferralEndings endings) {
        return event.dataAs(ReferralSent.class)
                .filter(s -> served.serves(s.toBorough()))
                .map(s -> received(s, receiving, ledger, endings))
                .or(() -> event.dataAs(ReferralWithdrawn.class)
                        .filter(w -> served.serves(w.toBorough()))
                        .map(w -> BatchEffect.run(
                                w.toBorough(),
                                () -> receiving.endedBySender(
                                        new Routing(w.referralId(), w.fromBorough(), w.toBorough(), w.participantRef()),
                                        w.cause()))))
                .or(() -> event.dataAs(ReferralErasureNotified.class)
                        .filter(n -> served.serves(n.toBorough()))
                        .map(n -> BatchEffect.run(
                                n.toBorough(),
                                () -> erasures.notified(
                                        new Routing(n.referralId(), n.fromBorough(), n.toBorough(), null),
                                        n.ground(),
                                        n.notifiedAt()))))
                .orElse(null);
    }

    /** What an event does in a sending borough served here: the receiver's answers mirrored into the sender's copy. */
    private static BatchEffect asSender(ReceivedEvent event, ServedBoroughs served, Mirror mirror) {
        Mirroring mirroring = new Mirroring(served, mirror, event);
        return event.dataAs(ReferralErasureAcknowledged.class)
                .filter(a -> served.serves(a.fromBorough()))
                .map(a -> BatchEffect.run(
                        a.fromBorough(),
                        () -> mirror.acknowledged(
                                new Routing(a.referralId(), a.fromBorough(), a.toBorough(), null),
                                a.ground(),
                                a.outcome(),
                                a.acknowledgedAt())))
                .or(() -> mirroring.on(
                        ReferralReceived.class,
                        ReferralStatus.RECEIVED,
                        e -> null,
                        e -> new Routing(e.referralId(), e.fromBorough(), e.toBorough(), e.participantRef())))
                .or(() -> mirroring.on(
                        ReferralAccepted.class,
                        ReferralStatus.ACCEPTED,
                        e -> null,
                        e -> new Routing(e.referralId(), e.fromBorough(), e.toBorough(), e.participantRef())))
                .or(() -> mirroring.on(
                        ReferralDeclined.class,
                        ReferralStatus.DECLINED,
                        e -> reasonOf(e.reason()),
                        e -> new Routing(e.referralId(), e.fromBorough(), e.toBorough(), e.participantRef())))
                .or(() -> mirroring.on(
                        ReferralStarted.class,
                        ReferralStatus.IN_PROGRESS,
                        e -> null,
                        e -> new Routing(e.referralId(), e.fromBorough(), e.toBorough(), e.participantRef())))
                .or(() -> mirroring.on(
                        ReferralCompleted.class,
                        ReferralStatus.COMPLETED,
                        e -> null,
                        e -> new Routing(e.referralId(), e.fromBorough(), e.toBorough(), e.participantRef())))
                .or(() -> event.dataAs(ReferralSupportPickedUp.class)
                        .filter(e -> served.serves(e.fromBorough()))
                        .map(e -> BatchEffect.run(
                                e.fromBorough(),
                                () -> mirror.pickedUp(e.fromBorough(), e.referralId(), e.item(), e.fromDirectory()))))
                .or(() -> event.dataAs(ReferralOverdue.class)
                        .filter(e -> served.serves(e.fromBorough()))
                        .map(e -> BatchEffect.run(
                                e.fromBorough(), () -> mirror.overdue(e.fromBorough(), e.referralId()))))
                .orElse(null);
    }

    /** The receiver's events, mirrored once each into the sender's copy when this instance serves the sender. */
    private record Mirroring(ServedBoroughs served, Mirror mirror, ReceivedEvent event) {

        <T extends Contract> Optional<BatchEffect> on(
                Class<T> type, ReferralStatus status, Function<T, DeclineReason> why, Function<T, Routing> routing) {
            return event.dataAs(type).flatMap(e -> {
                Routing r = routing.apply(e);
                DeclineReason reason = why.apply(e);
                return served.serves(r.from())
                        ? Optional.of(BatchEffect.run(r.from(), () -> mirror.reached(r, status, reason, event.time())))
                        : Optional.empty();
            });
        }
    }

    /**
     * The copy, with the person's ref unless they were erased in the receiving borough already: then the copy forgets
     * them at once, as {@code ReferralEndings} makes a copy forget them when the erasure comes after it (a replay may
     * bring the erasure first). Asked again once the copy is kept: an erasure heard since found no copy to forget, so
     * its ending is applied here (decision 0072); also when the first question saw it, for a copy an earlier delivery
     * kept with the ref before it crashed.
     */
    private static BatchEffect received(
            ReferralSent s, Receiving receiving, ConsentLedger ledger, ReferralEndings endings) {
        Borough here = s.toBorough();
        ParticipantRef ref = ledger.erased(here, s.participantRef()) ? null : s.participantRef();
        return BatchEffect.run(here, () -> {
            receiving.received(
                    new Routing(s.referralId(), s.fromBorough(), here, ref),
                    s.sentAt(),
                    s.moveDate(),
                    s.respondBy(),
                    new Sealed(
                            s.referralPackage().keyId(),
                            s.referralPackage().iv(),
                            s.referralPackage().ciphertext()));
            if (ledger.erased(here, s.participantRef())) {
                endings.shareOnMoveEnded(here, s.participantRef(), true);
            }
        });
    }

    /** The receiver's sentence back to its code; another implementation's wording counts as OTHER. */
    private static DeclineReason reasonOf(String sentence) {
        return Arrays.stream(DeclineReason.values())
                .filter(r -> r.sentence().equals(sentence))
                .findFirst()
                .orElse(DeclineReason.OTHER);
    }
}
