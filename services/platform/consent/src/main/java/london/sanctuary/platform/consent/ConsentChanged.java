package london.sanctuary.platform.consent;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;

/**
 * Announced inside a service when its consent ledger changes: a purpose granted or withdrawn, or the
 * participant erased ({@code purpose} null, {@code erased} true). Listen with {@code @EventListener}.
 */
public record ConsentChanged(
        Borough borough, ParticipantRef participantRef, ConsentPurpose purpose, boolean holds, boolean erased) {

    /** True when a flow that needed {@code needed} must stop for this participant. */
    public boolean ends(ConsentPurpose needed) {
        return erased || (!holds && purpose == needed);
    }
}
