package london.sanctuary.consent.participant;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/**
 * Something another part of the consent service keeps under a person's ref alone (e.g. the times their receipts were
 * e-mailed): {@link Erasure} has it forget the person, so nothing of them is left when they are erased.
 */
public interface KeptUnderRef {

    /** Deletes what is kept under the ref; nothing kept is not an error (erasure is retried). */
    void forget(Borough borough, ParticipantRef ref);
}
