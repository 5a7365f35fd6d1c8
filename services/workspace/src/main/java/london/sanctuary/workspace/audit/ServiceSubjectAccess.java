package london.sanctuary.workspace.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import london.sanctuary.workspace.services.ServiceClients;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * {@link SubjectAccess} over the services' APIs with the signed-in person's token, so each read is in that service's
 * audit trail under their name: the profile and consent history (consent), the consents' receipt (consent), their
 * registrations and attendance (engagement), the feedback linked to them (feedback, for the service lead only), the "you said, we did" notices they were sent (actions), the referrals the borough sent or received for
 * them (referrals: its own records, never the sealed package).
 */
@Component
class ServiceSubjectAccess implements SubjectAccess {

    /** The key of a section the signed-in person may not see, and what it says in the download. */
    static final String NOT_SHOWN = "notShown";

    static final String LEAD_ONLY = "Feedback linked to the person is shown only to the borough's service lead, who"
            + " can produce the full subject access download.";

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
    private final ServiceClients services;

    ServiceSubjectAccess(ServiceClients services) {
        this.services = services;
    }

    @Override
    public Map<String, Object> of(String borough, String participantRef) {
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("profile", read("consent", "/api/boroughs/{b}/participants/{ref}", borough, participantRef));
        sections.put(
                "consentReceipt",
                read("consent", "/api/boroughs/{b}/participants/{ref}/receipt", borough, participantRef));
        sections.put(
                "sessions",
                read("engagement", "/api/boroughs/{b}/participants/{ref}/sessions", borough, participantRef));
        sections.put("linkedFeedback", linkedFeedback(borough, participantRef));
        sections.put(
                "noticesSent",
                read("actions", "/api/boroughs/{b}/participants/{ref}/notices", borough, participantRef));
        sections.put(
                "referrals",
                read("referrals", "/api/boroughs/{b}/participants/{ref}/referrals", borough, participantRef));
        return sections;
    }

    /**
     * The person's linked responses with their answers. The feedback service gives them to the borough's service
     * lead only (decision 0037); anyone else gets the section as not shown, saying who can produce it.
     */
    private Map<String, Object> linkedFeedback(String borough, String ref) {
        try {
            return read("feedback", "/api/boroughs/{b}/participants/{ref}/responses", borough, ref);
        } catch (ServiceRefusal refusal) {
            if (refusal.status() != 403) {
                throw refusal;
            }
            return Map.of("participantRef", ref, NOT_SHOWN, LEAD_ONLY);
        }
    }

    private Map<String, Object> read(String service, String path, String borough, String ref) {
        return services.of(service).get().uri(path, borough, ref).retrieve().body(JSON);
    }
}
