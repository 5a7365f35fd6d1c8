package london.sanctuary.workspace.audit;

import java.util.Map;

/**
 * The port that assembles everything a borough holds about a person from the services' APIs: each section (profile
 * and consents, feedback linked to them, notices they were sent, referrals) as the service answered it.
 */
public interface SubjectAccess {

    /** Section name to the service's answer (JSON as maps and lists), in the order the download shows them. */
    Map<String, Object> of(String borough, String participantRef);
}
