package london.sanctuary.workspace.responses;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import london.sanctuary.workspace.services.ServiceClients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/** {@link ResponseBook} over the feedback API, with the signed-in person's token. */
@Component
class FeedbackResponseBook implements ResponseBook {

    private static final String BOROUGH = "/api/boroughs/{b}";
    private static final List<String> FILTERS =
            List.of("formId", "sessionId", "from", "to", "language", "theme", "limit");
    private final Supplier<RestClient> feedback;

    @Autowired
    FeedbackResponseBook(ServiceClients clients) {
        this(() -> clients.of("feedback"));
    }

    FeedbackResponseBook(Supplier<RestClient> feedback) {
        this.feedback = feedback;
    }

    private RestClient api() {
        return feedback.get();
    }

    @Override
    public List<FeedbackForm> forms(String borough) {
        return list(api().get().uri(BOROUGH + "/forms", borough), new ParameterizedTypeReference<>() {});
    }

    @Override
    public FeedbackForm form(String borough, String formId) {
        return api().get()
                .uri(BOROUGH + "/forms/{id}", borough, formId)
                .retrieve()
                .body(FeedbackForm.class);
    }

    @Override
    public String capture(String borough, String formId, Map<String, Object> sheet) {
        FeedbackResponse captured = api().post()
                .uri(BOROUGH + "/forms/{id}/responses", borough, formId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(sheet)
                .retrieve()
                .body(FeedbackResponse.class);
        return captured.responseId();
    }

    @Override
    public List<FeedbackResponse> find(String borough, Map<String, String> filters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/boroughs/{b}/responses");
        FILTERS.stream()
                .filter(name -> filters.get(name) != null && !filters.get(name).isBlank())
                .forEach(name -> uri.queryParam(name, "{" + name + "}"));
        Map<String, Object> values = new HashMap<>(filters);
        values.put("b", borough);
        return list(api().get().uri(uri.build().toUriString(), values), new ParameterizedTypeReference<>() {});
    }

    @Override
    public void themeAll(String borough, List<String> responseIds, List<String> themes) {
        post(BOROUGH + "/responses/themes", Map.of("responseIds", responseIds, "themes", themes), borough);
    }

    @Override
    public void translate(String borough, String responseId, String questionId, String language, String text) {
        api().put()
                .uri(BOROUGH + "/responses/{id}/translations/{q}", borough, responseId, questionId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("language", language, "text", text))
                .retrieve()
                .toBodilessEntity();
    }

    @Override
    public List<FeedbackTheme> themes(String borough, boolean all) {
        return list(
                api().get().uri(BOROUGH + "/themes?all={all}", borough, all), new ParameterizedTypeReference<>() {});
    }

    @Override
    public void addTheme(String borough, String code, String label) {
        post(BOROUGH + "/themes", Map.of("code", code, "label", label), borough);
    }

    @Override
    public void relabelTheme(String borough, String code, String label) {
        api().put()
                .uri(BOROUGH + "/themes/{code}", borough, code)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("label", label))
                .retrieve()
                .toBodilessEntity();
    }

    @Override
    public void retireTheme(String borough, String code) {
        post(BOROUGH + "/themes/{code}/retire", Map.of(), borough, code);
    }

    @Override
    public String csv(String borough, String formId) {
        return api().get()
                .uri(BOROUGH + "/forms/{id}/responses.csv", borough, formId)
                .accept(new MediaType("text", "csv"))
                .retrieve()
                .body(String.class);
    }

    private void post(String path, Object body, Object... variables) {
        api().post()
                .uri(path, variables)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    private static <T> List<T> list(
            RestClient.RequestHeadersSpec<?> request, ParameterizedTypeReference<List<T>> type) {
        List<T> items = request.retrieve().body(type);
        return items == null ? List.of() : items;
    }
}
