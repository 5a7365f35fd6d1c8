package london.sanctuary.feedback.quote;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/** Whether a person may be quoted now: they hold {@code PUBLISH_QUOTE} and {@code LINK_FEEDBACK} (the ledger). */
@FunctionalInterface
public interface QuoteConsent {

    boolean holds(Borough borough, ParticipantRef participant, Instant at);
}
