package london.sanctuary.workspace.sessions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import london.sanctuary.workspace.services.ServiceClients;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** {@link SessionDiary} over the engagement API, with the signed-in person's token. */
@Component
class EngagementDiary implements SessionDiary {

    private static final String SESSIONS = "/api/boroughs/{b}/sessions";
    private final ServiceClients clients;

    EngagementDiary(ServiceClients clients) {
        this.clients = clients;
    }

    private RestClient api() {
        return clients.of("engagement");
    }

    @Override
    public List<SessionDetails> between(String borough, LocalDate from, LocalDate to) {
        SessionList list = api().get()
                .uri(SESSIONS + "?from={f}&to={t}", borough, from, to)
                .retrieve()
                .body(SessionList.class);
        return list == null || list.items() == null ? List.of() : list.items();
    }

    @Override
    public SessionDetails find(String borough, String sessionId) {
        return api().get()
                .uri(SESSIONS + "/{id}", borough, sessionId)
                .retrieve()
                .body(SessionDetails.class);
    }

    @Override
    public String schedule(String borough, Map<String, Object> plan) {
        SessionDetails scheduled = api().post()
                .uri(SESSIONS, borough)
                .contentType(MediaType.APPLICATION_JSON)
                .body(plan)
                .retrieve()
                .body(SessionDetails.class);
        return scheduled.sessionId();
    }

    @Override
    public void revise(String borough, String sessionId, Map<String, Object> plan) {
        api().put()
                .uri(SESSIONS + "/{id}", borough, sessionId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(plan)
                .retrieve()
                .toBodilessEntity();
    }

    @Override
    public void cancel(String borough, String sessionId) {
        post(SESSIONS + "/{id}/cancellation", Map.of(), borough, sessionId);
    }

    @Override
    public void markHeld(String borough, String sessionId) {
        post(SESSIONS + "/{id}/held", Map.of(), borough, sessionId);
    }

    @Override
    public void register(String borough, String sessionId, Map<String, Object> registration, String seriesId) {
        if (seriesId != null) {
            post(SESSIONS + "/series/{s}/members", registration, borough, seriesId);
        } else {
            post(SESSIONS + "/{id}/registrations", registration, borough, sessionId);
        }
    }

    @Override
    public void promote(String borough, String sessionId, String participantRef) {
        post(SESSIONS + "/{id}/registrations/{ref}/promotion", Map.of(), borough, sessionId, participantRef);
    }

    @Override
    public void cancelRegistration(String borough, String sessionId, String participantRef) {
        api().delete()
                .uri(SESSIONS + "/{id}/registrations/{ref}", borough, sessionId, participantRef)
                .retrieve()
                .toBodilessEntity();
    }

    @Override
    public void recordAttendance(String borough, String sessionId, Map<String, Object> attendance) {
        post(SESSIONS + "/{id}/attendance", attendance, borough, sessionId);
    }

    @Override
    public void markExpensesPaid(String borough, String sessionId, String participantRef) {
        post(SESSIONS + "/{id}/expenses/{ref}/payment", Map.of(), borough, sessionId, participantRef);
    }

    @Override
    public PeriodExpenses expenses(String borough, LocalDate from, LocalDate to) {
        return api().get()
                .uri(SESSIONS + "/expenses?from={f}&to={t}", borough, from, to)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(PeriodExpenses.class);
    }

    @Override
    public String expensesCsv(String borough, LocalDate from, LocalDate to) {
        return api().get()
                .uri(SESSIONS + "/expenses.csv?from={f}&to={t}", borough, from, to)
                .retrieve()
                .body(String.class);
    }

    private void post(String uri, Map<String, ?> body, Object... variables) {
        api().post()
                .uri(uri, variables)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    /** The list's answer. */
    record SessionList(LocalDate from, LocalDate to, List<SessionDetails> items) {}
}
