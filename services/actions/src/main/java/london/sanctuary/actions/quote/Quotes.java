package london.sanctuary.actions.quote;

import java.util.List;
import java.util.UUID;
import london.sanctuary.actions.action.ActionId;
import london.sanctuary.contracts.Borough;

/** The quotes picked in each borough, one per action and response. */
public interface Quotes {

    /** Stores the quote, replacing one from the same response for the same action. */
    void save(Borough borough, Quote quote);

    List<Quote> of(Borough borough, ActionId actionId);

    /** Deletes the quote picked from {@code responseId} for the action; answers whether there was one. */
    boolean remove(Borough borough, ActionId actionId, UUID responseId);

    /** Deletes every quote of the participant in the borough (consent ended, or erased). */
    void forget(Borough borough, UUID participantRef);
}
