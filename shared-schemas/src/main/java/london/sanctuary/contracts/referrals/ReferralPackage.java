package london.sanctuary.contracts.referrals;

import java.util.List;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralReason;

/**
 * The personal record a referral hands over: what travels inside {@link EncryptedPackage}, and only there. Schema
 * {@code schemas/referrals/referral-package.v1.schema.json}. Nullable: {@code note}. Lists are never null.
 */
public record ReferralPackage(
        ParticipantRef participantRef,
        Profile profile,
        List<ConsentEntry> consents,
        List<EngagementEntry> engagement,
        List<SupportItem> support,
        ReferralReason reason,
        String note) {

    public ReferralPackage {
        consents = consents == null ? List.of() : List.copyOf(consents);
        engagement = engagement == null ? List.of() : List.copyOf(engagement);
        support = support == null ? List.of() : List.copyOf(support);
    }
}
