package london.sanctuary.workspace.actions;

import java.util.List;
import java.util.Map;

/**
 * The actions feature's port to the actions service (implemented by {@link ActionsService} over the relayed {@code
 * RestClient}; faked in page tests). Bodies are the API's own; refusals come back as {@code ServiceRefusal}.
 */
public interface ActionBoard {

    /** The borough's actions, newest first. */
    List<StaffAction> actions(String borough);

    /** The ended actions whose review date has come. */
    List<StaffAction> reviewDue(String borough);

    /** The action with its version (from the ETag). */
    StaffAction find(String borough, String actionId);

    /** The themes of the borough's responses, with the responses behind each. */
    List<HeardTheme> themesHeard(String borough);

    /** Raises an action; answers its id. */
    String raise(String borough, Map<String, Object> action);

    // Each change is sent against the version the page showed (If-Match): a change made meanwhile is a 409 refusal.

    void changeStatus(String borough, String actionId, long version, Map<String, Object> change);

    void addNote(String borough, String actionId, long version, Map<String, Object> note);

    void complete(String borough, String actionId, long version, Map<String, Object> completion);

    void review(String borough, String actionId, long version, Map<String, Object> review);

    /** The quotes picked for the action whose writers may still be quoted. */
    List<PickedQuote> quotes(String borough, String actionId);

    /** Picks a quote ({@code responseId}, {@code language}, {@code text}); 422 when its writer may not be quoted. */
    void pickQuote(String borough, String actionId, Map<String, Object> quote);

    /** Takes a picked quote off the action's board; 404 when there is none from that response. */
    void unpickQuote(String borough, String actionId, String responseId);

    /** A quote picked for an action, as the actions service shows it to staff. */
    record PickedQuote(String responseId, String language, String text) {

        public boolean rightToLeft() {
            return QuoteSource.language(language)
                    .map(london.sanctuary.contracts.Language::rightToLeft)
                    .orElse(false);
        }
    }
}
