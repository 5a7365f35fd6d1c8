package london.sanctuary.referrals.referral.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.facts.ReferralOverdueFact;
import london.sanctuary.contracts.facts.ReferralResolvedFact;
import london.sanctuary.contracts.facts.ReferralSentFact;
import london.sanctuary.contracts.referrals.EncryptedPackage;
import london.sanctuary.contracts.referrals.ReferralAccepted;
import london.sanctuary.contracts.referrals.ReferralCompleted;
import london.sanctuary.contracts.referrals.ReferralDeclined;
import london.sanctuary.contracts.referrals.ReferralErasureAcknowledged;
import london.sanctuary.contracts.referrals.ReferralErasureNotified;
import london.sanctuary.contracts.referrals.ReferralOverdue;
import london.sanctuary.contracts.referrals.ReferralPackageDeleted;
import london.sanctuary.contracts.referrals.ReferralReceived;
import london.sanctuary.contracts.referrals.ReferralSent;
import london.sanctuary.contracts.referrals.ReferralStarted;
import london.sanctuary.contracts.referrals.ReferralSupportPickedUp;
import london.sanctuary.contracts.referrals.ReferralWithdrawn;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.referrals.referral.ReferralEvents;
import london.sanctuary.referrals.referral.Routing;

/**
 * Maps what a referral recorded to the exchange's events (routing fields in clear, the package only sealed) and
 * to anonymised facts for the GLA: boroughs, reason, support kinds, days and hours — no participantRef, no id.
 * Each decision's fact is published by one side only (the receiver decides, the sender withdraws), so the
 * dashboard counts it once.
 */
public final class ReferralEventContracts {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private ReferralEventContracts() {}

    public static List<OutboxEntry> toOutbox(Borough holder, List<ReferralEvents> events) {
        return events.stream().flatMap(e -> entries(holder, e).stream()).toList();
    }

    static List<OutboxEntry> entries(Borough holder, ReferralEvents event) {
        Routing r = event.routing();
        ReferralId id = r.id();
        Borough from = r.from();
        Borough to = r.to();
        ParticipantRef ref = r.participantRef();
        // Java 17 has no pattern switch; the final throw keeps a new event type from passing unmapped.
        if (event instanceof ReferralEvents.Sent s) {
            EncryptedPackage sealed = new EncryptedPackage(
                    EncryptedPackage.AES_256_GCM,
                    s.sealed().keyId(),
                    s.sealed().iv(),
                    s.sealed().ciphertext());
            return List.of(
                    of(
                            new ReferralSent(id, from, to, ref, s.sentAt(), s.moveDate(), s.respondBy(), sealed),
                            holder,
                            r,
                            s.sentAt()),
                    OutboxEntry.fact(
                            new ReferralSentFact(from.code(), to.code(), s.reason(), s.supportKinds(), day(s.sentAt())),
                            holder,
                            s.sentAt()));
        }
        if (event instanceof ReferralEvents.Received e) {
            return List.of(of(new ReferralReceived(id, from, to, ref, e.receivedAt()), holder, r, e.receivedAt()));
        }
        if (event instanceof ReferralEvents.Accepted a) {
            return List.of(
                    of(new ReferralAccepted(id, from, to, ref, a.acceptedAt()), holder, r, a.acceptedAt()),
                    resolved(from, to, "ACCEPTED", a.acceptedAt(), a.hoursToDecision(), holder));
        }
        if (event instanceof ReferralEvents.Declined d) {
            return List.of(
                    of(
                            new ReferralDeclined(id, from, to, ref, d.reason().sentence(), d.declinedAt()),
                            holder,
                            r,
                            d.declinedAt()),
                    resolved(from, to, "DECLINED", d.declinedAt(), d.hoursToDecision(), holder));
        }
        if (event instanceof ReferralEvents.Started s) {
            return List.of(of(new ReferralStarted(id, from, to, ref, s.startedAt()), holder, r, s.startedAt()));
        }
        if (event instanceof ReferralEvents.PickedUp p) {
            // on a retained topic beside a referralId: no kind, no service (decision 0044)
            return List.of(of(
                    new ReferralSupportPickedUp(
                            id, from, to, p.item(), p.pickup().fromDirectory(), p.pickedUpAt()),
                    holder,
                    r,
                    p.pickedUpAt()));
        }
        if (event instanceof ReferralEvents.Completed c) {
            return List.of(
                    of(new ReferralCompleted(id, from, to, ref, c.completedAt()), holder, r, c.completedAt()),
                    resolved(from, to, "COMPLETED", c.completedAt(), null, holder));
        }
        if (event instanceof ReferralEvents.Withdrawn w) {
            return List.of(
                    of(
                            new ReferralWithdrawn(id, from, to, ref, w.cause(), w.withdrawnAt()),
                            holder,
                            r,
                            w.withdrawnAt()),
                    resolved(from, to, "WITHDRAWN", w.withdrawnAt(), null, holder));
        }
        if (event instanceof ReferralEvents.Overdue o) {
            return List.of(
                    of(new ReferralOverdue(id, from, to, o.respondBy(), o.flaggedAt()), holder, r, o.flaggedAt()),
                    OutboxEntry.fact(
                            new ReferralOverdueFact(from.code(), to.code(), day(o.flaggedAt())),
                            holder,
                            o.flaggedAt()));
        }
        if (event instanceof ReferralEvents.PackageDeleted p) {
            return List.of(of(new ReferralPackageDeleted(id, from, to, p.deletedAt()), holder, r, p.deletedAt()));
        }
        if (event instanceof ReferralEvents.ErasureNotified n) {
            return List.of(of(
                    new ReferralErasureNotified(id, from, to, n.ground(), n.notifiedAt()), holder, r, n.notifiedAt()));
        }
        if (event instanceof ReferralEvents.ErasureAcknowledged a) {
            return List.of(of(
                    new ReferralErasureAcknowledged(id, from, to, a.ground(), a.outcome(), a.acknowledgedAt()),
                    holder,
                    r,
                    a.acknowledgedAt()));
        }
        throw new IllegalStateException("No contract for " + event.getClass().getSimpleName());
    }

    private static OutboxEntry of(Contract event, Borough holder, Routing routing, Instant at) {
        return OutboxEntry.of(event, holder, routing.id().toString(), at);
    }

    private static OutboxEntry resolved(
            Borough from, Borough to, String outcome, Instant at, Integer hours, Borough holder) {
        return OutboxEntry.fact(new ReferralResolvedFact(from.code(), to.code(), outcome, day(at), hours), holder, at);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, LONDON);
    }
}
