package london.sanctuary.workspace.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.workspace.services.ServiceClients;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * {@link SubjectAccess} over the services' APIs with the signed-in person's token, so each read is in that service's
 * audit trail under their name: the profile and consent history (consent), the consents' receipt (consent), their
 * registrations and attendance (engagement), the feedback linked to them (feedback), the "you said, we did" notices they were sent (actions), the referrals the borough sent or received for
 * them (referrals: its own records, never the sealed package).
 */
@Component
class ServiceSubjectAccess implements SubjectAccess {

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
     * None while LINK_FEEDBACK does not hold: the service then answers 404, as for anyone unknown to it. The feedback
     * service lets only the borough's services read linked answers (403 for staff): the section then says so.
     */
    private Map<String, Object> linkedFeedback(String borough, String ref) {
        try {
            return read("feedback", "/api/boroughs/{b}/participants/{ref}/linked-answers", borough, ref);
        } catch (ServiceRefusal refusal) {
            return switch (refusal.status()) {
                case 404 -> Map.of("participantRef", ref, "responses", List.of());
                case 403 ->
                    Map.of(
                            "participantRef",
                            ref,
                            "notShown",
                            "the feedback service gives linked answers to the borough's services only");
                default -> throw refusal;
            };
        }
    }

    private Map<String, Object> read(String service, String path, String borough, String ref) {
        return services.of(service).get().uri(path, borough, ref).retrieve().body(JSON);
    }
}
