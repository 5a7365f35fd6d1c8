package london.sanctuary.referrals.exchange.messaging;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;
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
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.CloudEventMessages;
import london.sanctuary.platform.messaging.EventBatches;
import london.sanctuary.platform.messaging.ReceivedEvent;
import london.sanctuary.referrals.incoming.Erasures;
import london.sanctuary.referrals.incoming.Receiving;
import london.sanctuary.referrals.outgoing.Mirror;
import london.sanctuary.referrals.referral.DeclineReason;
import london.sanctuary.referrals.referral.ReferralStatus;
import london.sanctuary.referrals.referral.Routing;
import london.sanctuary.referrals.referral.Sealed;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * {@code onExchangeEvents}: every referral event of every borough passes here; each instance acts only for the
 * boroughs it serves — as receiver on ReferralSent, ReferralWithdrawn and ReferralErasureNotified, as sender on the
 * receiver's events and its erasure receipts —
 * once per event and borough through the inbox. What the package holds, it never sees.
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
            ConsentLedger ledger) {
        return EventBatches.eachRecord(message -> {
            ReceivedEvent event = CloudEventMessages.read(message);
            event.dataAs(ReferralSent.class)
                    .filter(s -> served.serves(s.toBorough()))
                    .ifPresent(s -> inbox.once(
                            s.toBorough(),
                            RECEIVER,
                            event,
                            () -> receiving.received(
                                    new Routing(s.referralId(), s.fromBorough(), s.toBorough(), refHere(ledger, s)),
                                    s.sentAt(),
                                    s.moveDate(),
                                    s.respondBy(),
                                    new Sealed(
                                            s.referralPackage().keyId(),
                                            s.referralPackage().iv(),
                                            s.referralPackage().ciphertext()))));
            event.dataAs(ReferralWithdrawn.class)
                    .filter(w -> served.serves(w.toBorough()))
                    .ifPresent(w -> inbox.once(
                            w.toBorough(),
                            RECEIVER,
                            event,
                            () -> receiving.endedBySender(
                                    new Routing(w.referralId(), w.fromBorough(), w.toBorough(), w.participantRef()),
                                    w.cause())));
            event.dataAs(ReferralErasureNotified.class)
                    .filter(n -> served.serves(n.toBorough()))
                    .ifPresent(n -> inbox.once(
                            n.toBorough(),
                            RECEIVER,
                            event,
                            () -> erasures.notified(
                                    new Routing(n.referralId(), n.fromBorough(), n.toBorough(), null),
                                    n.ground(),
                                    n.notifiedAt())));
            event.dataAs(ReferralErasureAcknowledged.class)
                    .filter(a -> served.serves(a.fromBorough()))
                    .ifPresent(a -> inbox.once(
                            a.fromBorough(),
                            SENDER,
                            event,
                            () -> mirror.acknowledged(
                                    new Routing(a.referralId(), a.fromBorough(), a.toBorough(), null),
                                    a.ground(),
                                    a.outcome(),
                                    a.acknowledgedAt())));
            Mirroring mirroring = new Mirroring(inbox, served, mirror, event);
            mirroring.on(
                    ReferralReceived.class,
                    ReferralStatus.RECEIVED,
                    e -> null,
                    e -> new Routing(e.referralId(), e.fromBorough(), e.toBorough(), e.participantRef()));
            mirroring.on(
                    ReferralAccepted.class,
                    ReferralStatus.ACCEPTED,
                    e -> null,
                    e -> new Routing(e.referralId(), e.fromBorough(), e.toBorough(), e.participantRef()));
            mirroring.on(
                    ReferralDeclined.class,
                    ReferralStatus.DECLINED,
                    e -> reasonOf(e.reason()),
                    e -> new Routing(e.referralId(), e.fromBorough(), e.toBorough(), e.participantRef()));
            mirroring.on(
                    ReferralStarted.class,
                    ReferralStatus.IN_PROGRESS,
                    e -> null,
                    e -> new Routing(e.referralId(), e.fromBorough(), e.toBorough(), e.participantRef()));
            mirroring.on(
                    ReferralCompleted.class,
                    ReferralStatus.COMPLETED,
                    e -> null,
                    e -> new Routing(e.referralId(), e.fromBorough(), e.toBorough(), e.participantRef()));
            event.dataAs(ReferralSupportPickedUp.class)
                    .filter(e -> served.serves(e.fromBorough()))
                    .ifPresent(e -> inbox.once(
                            e.fromBorough(),
                            SENDER,
                            event,
                            () -> mirror.pickedUp(e.fromBorough(), e.referralId(), e.item(), e.fromDirectory())));
            event.dataAs(ReferralOverdue.class)
                    .filter(e -> served.serves(e.fromBorough()))
                    .ifPresent(e -> inbox.once(
                            e.fromBorough(), SENDER, event, () -> mirror.overdue(e.fromBorough(), e.referralId())));
        });
    }

    /** The receiver's events, mirrored once each into the sender's copy when this instance serves the sender. */
    private record Mirroring(Inbox inbox, ServedBoroughs served, Mirror mirror, ReceivedEvent event) {

        <T extends Contract> void on(
                Class<T> type, ReferralStatus status, Function<T, DeclineReason> why, Function<T, Routing> routing) {
            event.dataAs(type).ifPresent(e -> {
                Routing r = routing.apply(e);
                DeclineReason reason = why.apply(e);
                if (served.serves(r.from())) {
                    inbox.once(r.from(), SENDER, event, () -> mirror.reached(r, status, reason, event.time()));
                }
            });
        }
    }

    /**
     * The person's ref, unless they were erased in the receiving borough already: then the copy forgets them at once,
     * as {@code ReferralEndings} makes a copy forget them when the erasure comes after it (a replay may bring the erasure
     * first).
     */
    private static ParticipantRef refHere(ConsentLedger ledger, ReferralSent sent) {
        return ledger.erased(sent.toBorough(), sent.participantRef()) ? null : sent.participantRef();
    }

    /** The receiver's sentence back to its code; another implementation's wording counts as OTHER. */
    private static DeclineReason reasonOf(String sentence) {
        return Arrays.stream(DeclineReason.values())
                .filter(r -> r.sentence().equals(sentence))
                .findFirst()
                .orElse(DeclineReason.OTHER);
    }
}
