package london.sanctuary.referrals.referral.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.referrals.referral.Referral;

/**
 * A referral as either borough sees it: routing, state and the SLA clock. Nothing from the package: that is
 * only in the receiving borough's detail after acceptance ({@code IncomingDetail}).
 *
 * @param hoursLeft hours until respond-by while undecided (negative once past), else null
 * @param participantRef null once the person was erased and the referral forgot them
 * @param erasureNotice on the sender's copy, the erasure notice it sent; on the receiver's, the flag to review
 * @param erasureReceipt on the sender's copy, what the receiver did on the notice
 * @param takenOnBy the local services the receiving borough handed support items over to, by item: on the sender's
 *     copy the item's kind as sent, whether a service of the receiving borough's directory took it on, and which
 *     once the receiving borough's referrals service said (decision 0045); on the receiver's, the service too
 */
public record ReferralView(
        ReferralId referralId,
        String side,
        String fromBorough,
        String toBorough,
        ParticipantRef participantRef,
        String status,
        String reason,
        List<String> supportKinds,
        LocalDate moveDate,
        Instant sentAt,
        Instant respondBy,
        boolean overdue,
        Long hoursLeft,
        Instant decidedAt,
        String declineReason,
        Instant endedAt,
        Notice erasureNotice,
        Receipt erasureReceipt,
        List<TakenOn> takenOnBy) {

    /** The ground, when it was sent, and what the receiving team reads. */
    public record Notice(String ground, Instant notifiedAt, String message) {}

    /** What the receiving borough did: DELETED, FLAGGED or ERASED. */
    public record Receipt(String ground, String outcome, Instant acknowledgedAt) {}

    /**
     * Support item {@code item} (of {@code kind}) taken on by a service of the receiving borough's directory
     * ({@code fromDirectory}) or by another service; the directory service's {@code serviceId}, {@code service} name,
     * {@code organisation} and public {@code url} and {@code phone} — on the sender's copy only once the receiving
     * borough said which (null until then, and for another service: the sender never learns its name).
     */
    public record TakenOn(
            int item,
            String kind,
            String serviceId,
            String service,
            boolean fromDirectory,
            String organisation,
            String url,
            String phone) {}

    public static ReferralView of(Referral r, Instant now) {
        Long hoursLeft =
                r.status().inFlight() ? Duration.between(now, r.respondBy()).toHours() : null;
        return new ReferralView(
                r.id(),
                r.side().name(),
                r.routing().from().code(),
                r.routing().to().code(),
                r.routing().participantRef(),
                r.status().name(),
                r.reason().map(Enum::name).orElse(null),
                r.supportKinds().stream().map(Enum::name).toList(),
                r.moveDate(),
                r.sentAt(),
                r.respondBy(),
                r.overdue(),
                hoursLeft,
                r.decidedAt().orElse(null),
                r.declineReason().map(Enum::name).orElse(null),
                r.endedAt().orElse(null),
                r.erasureNotice()
                        .map(n -> new Notice(n.ground().name(), n.notifiedAt(), n.message()))
                        .orElse(null),
                r.erasureReceipt()
                        .map(e -> new Receipt(e.ground().name(), e.outcome().name(), e.acknowledgedAt()))
                        .orElse(null),
                new TreeMap<>(r.pickups())
                        .entrySet().stream()
                                .map(e -> new TakenOn(
                                        e.getKey(),
                                        e.getValue().kind() == null
                                                ? null
                                                : e.getValue().kind().name(),
                                        e.getValue().serviceId(),
                                        e.getValue().service(),
                                        e.getValue().fromDirectory(),
                                        e.getValue().contact() == null
                                                ? null
                                                : e.getValue().contact().organisation(),
                                        e.getValue().contact() == null
                                                ? null
                                                : e.getValue().contact().url(),
                                        e.getValue().contact() == null
                                                ? null
                                                : e.getValue().contact().phone()))
                                .toList());
    }
}
