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

    StaffAction find(String borough, String actionId);

    /** The themes of the borough's responses, with the responses behind each. */
    List<HeardTheme> themesHeard(String borough);

    /** Raises an action; answers its id. */
    String raise(String borough, Map<String, Object> action);

    void changeStatus(String borough, String actionId, Map<String, Object> change);

    void addNote(String borough, String actionId, Map<String, Object> note);

    void complete(String borough, String actionId, Map<String, Object> completion);

    void review(String borough, String actionId, Map<String, Object> review);
}
