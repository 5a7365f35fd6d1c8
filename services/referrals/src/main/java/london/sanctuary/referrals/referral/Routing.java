package london.sanctuary.referrals.referral;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * What every reader of the exchange may see of a referral: its id, the two boroughs and the participantRef. The
 * participantRef is null once the person was erased and the referral forgot them, and on an erasure notice, which
 * carries routing fields without it.
 */
public record Routing(ReferralId id, Borough from, Borough to, ParticipantRef participantRef) {

    public Routing {
        if (id == null || from == null || to == null) {
            throw new IllegalArgumentException("a referral names its id and both boroughs");
        }
        if (from.equals(to)) {
            throw new InvalidValue("toBorough", "must be another borough than the sending one");
        }
    }

    /** The same referral without the person: what is kept once they were erased. */
    public Routing withoutParticipant() {
        return new Routing(id, from, to, null);
    }
}
