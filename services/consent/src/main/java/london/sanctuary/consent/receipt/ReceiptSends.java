package london.sanctuary.consent.receipt;

import java.time.Instant;
import java.util.Optional;
import london.sanctuary.consent.participant.KeptUnderRef;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/**
 * The receipts e-mailed to each person, so that nobody's inbox is flooded: at most a set number within a sliding
 * window ({@code sanctuary.consent.receipt-email.per-person} within {@code .window}). Refs and times only,
 * forgotten when the person is erased.
 */
public interface ReceiptSends extends KeptUnderRef {

    /**
     * Claims one e-mail to the person at {@code at}, atomically: empty when claimed, else the moment the earliest
     * send in the window leaves it and another may go.
     */
    Optional<Instant> claim(Borough borough, ParticipantRef ref, Instant at);
}
