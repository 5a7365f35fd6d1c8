package london.sanctuary.referrals.referral;

import java.time.LocalDate;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.ReferralReason;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * Refer a participant to another borough, with the support to continue there.
 *
 * @param referralId chosen by the client so that a retry of the same send creates one referral; null for a new id
 * @param note nullable free text for the receiving team; travels only in the package
 */
public record SendReferral(
        ReferralId referralId,
        ParticipantRef participantRef,
        Borough toBorough,
        ReferralReason reason,
        LocalDate moveDate,
        List<SupportNeed> support,
        String note) {

    public SendReferral {
        referralId = referralId == null ? ReferralId.random() : referralId;
        if (participantRef == null) {
            throw new InvalidValue("participantRef", "is required");
        }
        if (toBorough == null) {
            throw new InvalidValue("toBorough", "is required, a London borough code such as barnet");
        }
        if (reason == null) {
            throw new InvalidValue("reason", "is required, one of " + List.of(ReferralReason.values()));
        }
        if (moveDate == null) {
            throw new InvalidValue("moveDate", "is required, such as 2026-12-10");
        }
        support = support == null ? List.of() : List.copyOf(support);
        if (support.size() > 20) {
            throw new InvalidValue("support", "must list at most 20 items");
        }
        note = FreeText.optional("note", note, 2000);
    }

    @Override
    public String toString() {
        return "SendReferral[" + referralId + " to " + toBorough.code() + "]";
    }
}
