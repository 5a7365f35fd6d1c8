package london.sanctuary.platform.consent;

import java.util.Set;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;

/**
 * What a service does when a person's consent to a purpose its flows need ends (withdrawn or expired), or the person
 * is erased. Declare one as a bean (in the service's configuration: it adapts the service's own domain code); the
 * ledger's {@link ConsentEndedListener} calls {@code then} once for each of {@code purposes} that a change ends (an
 * erasure ends all of them). It must be idempotent: a redelivered consent event announces the same change again.
 */
public record WhenConsentEnds(Set<ConsentPurpose> purposes, Then then) {

    public WhenConsentEnds {
        purposes = Set.copyOf(purposes);
    }

    @FunctionalInterface
    public interface Then {
        void ended(Borough borough, ParticipantRef participantRef, ConsentPurpose purpose, boolean erased);
    }
}
