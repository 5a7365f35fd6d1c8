package london.sanctuary.workspace.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import london.sanctuary.workspace.services.ServiceClients;
import london.sanctuary.workspace.services.Versions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** {@link FeedbackForms} over the feedback API (and engagement's sessions), with the signed-in person's token. */
@Component
class FeedbackApiForms implements FeedbackForms {

    private static final String FORMS = "/api/boroughs/{b}/forms";
    private static final int WEEKS_AHEAD = 12;
    private final Function<String, RestClient> clients;

    @Autowired
    FeedbackApiForms(ServiceClients clients) {
        this(clients::of);
    }

    /** Over the clients of each service by name ({@code feedback}, {@code engagement}). */
    FeedbackApiForms(Function<String, RestClient> clients) {
        this.clients = clients;
    }

    private RestClient feedback() {
        return clients.apply("feedback");
    }

    @Override
    public List<FormDetails> list(String borough) {
        FormDetails[] forms = feedback().get().uri(FORMS, borough).retrieve().body(FormDetails[].class);
        return forms == null ? List.of() : List.of(forms);
    }

    @Override
    public FormDetails find(String borough, String formId) {
        return feedback().get().uri(FORMS + "/{id}", borough, formId).retrieve().body(FormDetails.class);
    }

    @Override
    public String draft(String borough, Map<String, Object> body) {
        FormDetails drafted = feedback()
                .post()
                .uri(FORMS, borough)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(FormDetails.class);
        return drafted.formId();
    }

    @Override
    public void revise(String borough, String formId, Map<String, Object> body, long version) {
        feedback()
                .put()
                .uri(FORMS + "/{id}", borough, formId)
                .header("If-Match", Versions.ifMatch(version))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    @Override
    public void change(String borough, String formId, String change) {
        feedback()
                .post()
                .uri(FORMS + "/{id}/{change}", borough, formId, change)
                .retrieve()
                .toBodilessEntity();
    }

    @Override
    public byte[] paper(String borough, String formId, String lang) {
        return feedback()
                .get()
                .uri(FORMS + "/{id}/paper.pdf?lang={lang}", borough, formId, lang)
                .accept(MediaType.APPLICATION_PDF)
                .retrieve()
                .body(byte[].class);
    }

    @Override
    public List<SessionChoice> sessions(String borough) {
        LocalDate today = LocalDate.now();
        Sessions found = clients.apply("engagement")
                .get()
                .uri(
                        "/api/boroughs/{b}/sessions?from={f}&to={t}",
                        borough,
                        today.minusWeeks(1),
                        today.plusWeeks(WEEKS_AHEAD))
                .retrieve()
                .body(Sessions.class);
        if (found == null || found.items() == null) {
            return List.of();
        }
        return found.items().stream()
                .map(s -> new SessionChoice(
                        s.sessionId(),
                        s.seriesId(),
                        s.title() == null ? "" : s.title().getOrDefault("en", ""),
                        s.startsAt() == null
                                ? ""
                                : s.startsAt()
                                        .substring(0, Math.min(10, s.startsAt().length()))))
                .toList();
    }

    /** Engagement's answer, as much of it as linking needs. */
    record Sessions(List<Session> items) {}

    /** A session. */
    record Session(String sessionId, String seriesId, Map<String, String> title, String startsAt) {}
}
