package london.sanctuary.workspace.actions;

import java.util.List;
import java.util.Map;
import london.sanctuary.workspace.services.ServiceClients;
import london.sanctuary.workspace.services.Versions;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** {@link ActionBoard} over the actions API, with the signed-in person's token. */
@Component
class ActionsService implements ActionBoard {

    private static final String ACTIONS = "/api/boroughs/{b}/actions";
    private static final ParameterizedTypeReference<List<StaffAction>> LIST = new ParameterizedTypeReference<>() {};
    private final ServiceClients clients;

    ActionsService(ServiceClients clients) {
        this.clients = clients;
    }

    private RestClient api() {
        return clients.of("actions");
    }

    @Override
    public List<StaffAction> actions(String borough) {
        return api().get().uri(ACTIONS + "?limit=500", borough).retrieve().body(LIST);
    }

    @Override
    public List<StaffAction> reviewDue(String borough) {
        return api().get().uri(ACTIONS + "?reviewDue=true", borough).retrieve().body(LIST);
    }

    @Override
    public StaffAction find(String borough, String actionId) {
        ResponseEntity<StaffAction> answer =
                api().get().uri(ACTIONS + "/{id}", borough, actionId).retrieve().toEntity(StaffAction.class);
        return answer.getBody().withVersion(Versions.of(answer));
    }

    @Override
    public List<HeardTheme> themesHeard(String borough) {
        return api().get()
                .uri("/api/boroughs/{b}/themes-heard", borough)
                .retrieve()
                .body(new ParameterizedTypeReference<List<HeardTheme>>() {});
    }

    @Override
    public String raise(String borough, Map<String, Object> action) {
        StaffAction raised = api().post()
                .uri(ACTIONS, borough)
                .contentType(MediaType.APPLICATION_JSON)
                .body(action)
                .retrieve()
                .body(StaffAction.class);
        return raised.actionId().toString();
    }

    @Override
    public void changeStatus(String borough, String actionId, long version, Map<String, Object> change) {
        post("/status", borough, actionId, version, change);
    }

    @Override
    public void addNote(String borough, String actionId, long version, Map<String, Object> note) {
        post("/notes", borough, actionId, version, note);
    }

    @Override
    public void complete(String borough, String actionId, long version, Map<String, Object> completion) {
        post("/completion", borough, actionId, version, completion);
    }

    @Override
    public void review(String borough, String actionId, long version, Map<String, Object> review) {
        post("/review", borough, actionId, version, review);
    }

    @Override
    public List<PickedQuote> quotes(String borough, String actionId) {
        return api().get()
                .uri(ACTIONS + "/{id}/quotes", borough, actionId)
                .retrieve()
                .body(new ParameterizedTypeReference<List<PickedQuote>>() {});
    }

    @Override
    public void pickQuote(String borough, String actionId, Map<String, Object> quote) {
        api().post()
                .uri(ACTIONS + "/{id}/quotes", borough, actionId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(quote)
                .retrieve()
                .toBodilessEntity();
    }

    @Override
    public void unpickQuote(String borough, String actionId, String responseId) {
        api().delete()
                .uri(ACTIONS + "/{id}/quotes/{responseId}", borough, actionId, responseId)
                .retrieve()
                .toBodilessEntity();
    }

    private void post(String what, String borough, String actionId, long version, Map<String, Object> body) {
        api().post()
                .uri(ACTIONS + "/{id}" + what, borough, actionId)
                .header("If-Match", Versions.ifMatch(version))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }
}
