package london.sanctuary.consent.purpose.web;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.consent.participant.ConsentCheck;
import london.sanctuary.contracts.ConsentPurpose;

/** Whether consent for a purpose holds now. */
record ConsentCheckView(UUID participantRef, ConsentPurpose purpose, boolean holds, Instant since, Instant expiresAt) {

    static ConsentCheckView of(ConsentCheck check) {
        return new ConsentCheckView(
                check.participantRef().value(), check.purpose(), check.holds(), check.since(), check.expiresAt());
    }
}
