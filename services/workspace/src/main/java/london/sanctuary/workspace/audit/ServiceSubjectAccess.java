package london.sanctuary.workspace.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import london.sanctuary.platform.pages.subjectaccess.SubjectAccessBundle;
import london.sanctuary.platform.pages.subjectaccess.SubjectAccessBundle.Section;
import london.sanctuary.workspace.services.ServiceClients;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * {@link SubjectAccess} over the services' staff addresses (the sections of {@link SubjectAccessBundle}) with the signed-in person's token, so each read is in that service's
 * audit trail under their name: the profile and consent history (consent), the consents' receipt (consent), their
 * registrations and attendance (engagement), the feedback linked to them (feedback, for the service lead only), the "you said, we did" notices they were sent (actions), the referrals the borough sent or received for
 * them (referrals: its own records, never the sealed package).
 */
@Component
class ServiceSubjectAccess implements SubjectAccess {

    /** The key of a section the signed-in person may not see, and what it says in the download. */
    static final String NOT_SHOWN = SubjectAccessBundle.NOT_SHOWN;

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
        for (Section section : SubjectAccessBundle.SECTIONS) {
            sections.put(
                    section.name(),
                    section == SubjectAccessBundle.LINKED_FEEDBACK
                            ? linkedFeedback(borough, participantRef)
                            : read(section, borough, participantRef));
        }
        return sections;
    }

    /**
     * The person's linked responses with their answers. The feedback service gives them to the borough's service
     * lead only (decision 0037); anyone else gets the section as not shown, saying who can produce it.
     */
    private Map<String, Object> linkedFeedback(String borough, String ref) {
        try {
            return read(SubjectAccessBundle.LINKED_FEEDBACK, borough, ref);
        } catch (ServiceRefusal refusal) {
            if (refusal.status() != 403) {
                throw refusal;
            }
            return Map.of("participantRef", ref, NOT_SHOWN, LEAD_ONLY);
        }
    }

    private Map<String, Object> read(Section section, String borough, String ref) {
        return services.of(section.service())
                .get()
                .uri(section.staffPath(), borough, ref)
                .retrieve()
                .body(JSON);
    }
}
