package london.sanctuary.referrals.referral.persistence;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ErasureGround;
import london.sanctuary.contracts.ErasureOutcome;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.ReferralReason;
import london.sanctuary.contracts.SupportKind;
import london.sanctuary.referrals.referral.DeclineReason;
import london.sanctuary.referrals.referral.ErasureNotice;
import london.sanctuary.referrals.referral.ErasureReceipt;
import london.sanctuary.referrals.referral.Pickup;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.ReferralStatus;
import london.sanctuary.referrals.referral.Routing;
import london.sanctuary.referrals.referral.Sealed;
import london.sanctuary.referrals.referral.Side;
import london.sanctuary.referrals.referral.messaging.ReferralEventContracts;

/** Between the aggregate and its document; the outbox gets the contracts of the events it recorded. */
final class ReferralMapping {

    private ReferralMapping() {}

    static ReferralDocument toDocument(Referral r) {
        ReferralDocument d = new ReferralDocument();
        Routing routing = r.routing();
        d.id = routing.id().toString();
        d.version = r.version();
        d.side = r.side().name();
        d.fromBorough = routing.from().code();
        d.toBorough = routing.to().code();
        d.participantRef = routing.participantRef() == null
                ? null
                : routing.participantRef().toString();
        d.sentAt = r.sentAt();
        d.moveDate = r.moveDate().toString();
        d.respondBy = r.respondBy();
        d.reason = r.reason().map(Enum::name).orElse(null);
        d.supportKinds = r.supportItems().stream().map(Enum::name).toList();
        Map<String, ReferralDocument.HandoverDocument> handovers = new TreeMap<>();
        r.pickups()
                .forEach((item, p) -> handovers.put(
                        String.valueOf(item),
                        new ReferralDocument.HandoverDocument(
                                p.kind() == null ? null : p.kind().name(),
                                p.serviceId(),
                                p.service(),
                                p.fromDirectory(),
                                p.contact() == null ? null : p.contact().organisation(),
                                p.contact() == null ? null : p.contact().url(),
                                p.contact() == null ? null : p.contact().phone())));
        d.handovers = handovers;
        d.status = r.status().name();
        d.sealed = r.sealed()
                .map(s -> new ReferralDocument.SealedDocument(s.keyId(), s.iv(), s.ciphertext()))
                .orElse(null);
        d.decidedAt = r.decidedAt().orElse(null);
        d.declineReason = r.declineReason().map(Enum::name).orElse(null);
        d.endedAt = r.endedAt().orElse(null);
        d.overdue = r.overdue();
        d.erasureNotice = r.erasureNotice()
                .map(n -> new ReferralDocument.NoticeDocument(n.ground().name(), n.notifiedAt()))
                .orElse(null);
        d.erasureReceipt = r.erasureReceipt()
                .map(e -> new ReferralDocument.ReceiptDocument(
                        e.ground().name(), e.outcome().name(), e.acknowledgedAt()))
                .orElse(null);
        d.servicesToLearn = r.servicesToLearn();
        d.outbox = ReferralEventContracts.toOutbox(r.holder(), r.recordedEvents());
        return d;
    }

    static Referral toReferral(ReferralDocument d) {
        Map<Integer, Pickup> pickups = new TreeMap<>();
        if (d.pickups != null) {
            d.pickups.forEach((item, service) ->
                    pickups.put(Integer.valueOf(item), new Pickup(null, null, service, false, null)));
        }
        if (d.handovers != null) {
            d.handovers.forEach((item, h) -> pickups.put(
                    Integer.valueOf(item),
                    new Pickup(
                            h.kind() == null ? null : SupportKind.valueOf(h.kind()),
                            h.serviceId(),
                            h.service(),
                            h.fromDirectory() == null ? h.serviceId() != null : h.fromDirectory(),
                            h.organisation() == null && h.url() == null && h.phone() == null
                                    ? null
                                    : new Pickup.Contact(h.organisation(), h.url(), h.phone()))));
        }
        return Referral.restore(new Referral.Stored(
                new Routing(
                        ReferralId.of(d.id),
                        Borough.of(d.fromBorough),
                        Borough.of(d.toBorough),
                        d.participantRef == null ? null : ParticipantRef.of(d.participantRef)),
                Side.valueOf(d.side),
                d.sentAt,
                LocalDate.parse(d.moveDate),
                d.respondBy,
                d.reason == null ? null : ReferralReason.valueOf(d.reason),
                d.supportKinds == null
                        ? null
                        : d.supportKinds.stream().map(SupportKind::valueOf).toList(),
                d.version,
                pickups,
                ReferralStatus.valueOf(d.status),
                d.sealed == null ? null : new Sealed(d.sealed.keyId(), d.sealed.iv(), d.sealed.ciphertext()),
                d.decidedAt,
                d.declineReason == null ? null : DeclineReason.valueOf(d.declineReason),
                d.endedAt,
                d.overdue,
                d.erasureNotice == null
                        ? null
                        : new ErasureNotice(
                                ErasureGround.valueOf(d.erasureNotice.ground()), d.erasureNotice.notifiedAt()),
                d.erasureReceipt == null
                        ? null
                        : new ErasureReceipt(
                                ErasureGround.valueOf(d.erasureReceipt.ground()),
                                ErasureOutcome.valueOf(d.erasureReceipt.outcome()),
                                d.erasureReceipt.acknowledgedAt()),
                d.servicesToLearn));
    }
}
