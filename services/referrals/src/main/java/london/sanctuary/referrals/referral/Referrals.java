package london.sanctuary.referrals.referral;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.refusal.StaleVersion;

/** The referrals each borough holds, outgoing and incoming. */
public interface Referrals {

    Optional<Referral> find(Borough holder, ReferralId id);

    /**
     * Stores the referral with the events it recorded in one write; answers the new version. {@link StaleVersion}
     * when the stored version moved on; {@link AlreadyThere} when a new referral's id is taken.
     */
    long save(Referral referral);

    /** Deletes the holder's copy for good: the receiver's, on an erasure notice or after its review. */
    void delete(Borough holder, ReferralId id);

    /** The holder's referrals on one side, newest first. */
    List<Referral> list(Borough holder, Side side, int limit);

    /** The holder's referrals of one participant, outgoing and incoming. */
    List<Referral> ofParticipant(Borough holder, ParticipantRef participantRef);

    /**
     * The holder's outgoing referrals whose receiving borough is to be asked which services took items on: those never
     * asked first, then the longest since last asked, so a borough that is down does not hold back the others.
     */
    List<Referral> awaitingServices(Borough holder, int limit);

    /** Notes when the holder's copy was last asked about, for {@link #awaitingServices}; not a change of the copy. */
    void askedForServices(Borough holder, ReferralId id, Instant at);

    /** The holder's incoming referrals still undecided. */
    List<Referral> awaitingDecision(Borough holder, int limit);

    /** How many of the holder's incoming referrals are past their respond-by time and still undecided. */
    long overdueUndecided(Borough holder);

    /**
     * Reads the holder's copy on one side, applies {@code change} and saves it; when another change landed first,
     * reads again (three tries in all). A change that answers false (nothing to do) saves nothing.
     */
    default void change(Borough holder, ReferralId id, Side side, Predicate<Referral> change) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Referral referral = find(holder, id).filter(r -> r.side() == side).orElse(null);
            if (referral == null || !change.test(referral)) {
                return;
            }
            try {
                save(referral);
                return;
            } catch (StaleVersion raced) {
                // read again
            }
        }
    }

    /** A new referral whose id is already stored: a retried send, or a redelivered event. */
    class AlreadyThere extends RuntimeException {

        public AlreadyThere() {
            super("A referral with this id is already stored");
        }
    }
}
