package london.sanctuary.referrals.referral;

import java.util.UUID;
import london.sanctuary.contracts.Borough;

/** What every reader of the exchange may see of a referral: its id, the two boroughs and the participantRef. */
public record Routing(ReferralId id, Borough from, Borough to, UUID participantRef) {

    public Routing {
        if (id == null || from == null || to == null) {
            throw new IllegalArgumentException("a referral names its id and both boroughs");
        }
        if (participantRef == null) {
            throw new InvalidValue("participantRef", "is required");
        }
        if (from.equals(to)) {
            throw new InvalidValue("toBorough", "must be another borough than the sending one");
        }
    }
}
