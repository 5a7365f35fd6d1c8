package london.sanctuary.workspace.forms;

import java.util.List;
import java.util.Map;

/** The feedback service's forms, as the signed-in officer may see and change them. */
public interface FeedbackForms {

    List<FormDetails> list(String borough);

    FormDetails find(String borough, String formId);

    /** Creates a draft from the API body; answers its id. */
    String draft(String borough, Map<String, Object> body);

    void revise(String borough, String formId, Map<String, Object> body, long version);

    /** {@code publication}, {@code closing} or {@code reopening}. */
    void change(String borough, String formId, String change);

    byte[] paper(String borough, String formId, String lang);

    /** Sessions of the coming weeks an officer may link a form to, with their series. */
    List<SessionChoice> sessions(String borough);

    /** A session to link to: its id, its series if it repeats, its English title and day. */
    record SessionChoice(String sessionId, String seriesId, String title, String day) {}
}
