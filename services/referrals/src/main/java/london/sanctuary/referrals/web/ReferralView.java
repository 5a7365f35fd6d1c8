package london.sanctuary.referrals.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import london.sanctuary.referrals.referral.Referral;

/**
 * A referral as either borough sees it: routing, state and the SLA clock. Nothing from the package: that is
 * only in the receiving borough's detail after acceptance ({@link IncomingDetail}).
 *
 * @param hoursLeft hours until respond-by while undecided (negative once past), else null
 */
public record ReferralView(
        UUID referralId,
        String side,
        String fromBorough,
        String toBorough,
        UUID participantRef,
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
        Instant endedAt) {

    public static ReferralView of(Referral r, Instant now) {
        Long hoursLeft =
                r.status().inFlight() ? Duration.between(now, r.respondBy()).toHours() : null;
        return new ReferralView(
                r.id().value(),
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
                r.endedAt().orElse(null));
    }
}
