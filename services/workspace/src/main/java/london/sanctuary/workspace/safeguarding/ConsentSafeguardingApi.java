package london.sanctuary.workspace.safeguarding;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import london.sanctuary.workspace.services.ServiceClients;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** {@link SafeguardingApi} over the consent service's REST API, with the signed-in person's token. */
@Component
class ConsentSafeguardingApi implements SafeguardingApi {

    private static final String BOROUGH = "/api/boroughs/{borough}";
    private final ServiceClients clients;

    ConsentSafeguardingApi(ServiceClients clients) {
        this.clients = clients;
    }

    @Override
    public void flag(String borough, String ref, String summary) {
        post(BOROUGH + "/participants/{ref}/concerns", Map.of("summary", summary), borough, ref);
    }

    @Override
    public List<ConcernRow> concerns(String borough, boolean open) {
        List<Concern> found = consent()
                .get()
                .uri(BOROUGH + "/concerns?state={state}&limit=500", borough, open ? "open" : "closed")
                .retrieve()
                .body(new ParameterizedTypeReference<List<Concern>>() {});
        return found == null ? List.of() : found.stream().map(Concern::row).toList();
    }

    @Override
    public void close(String borough, String concernId, String actionTaken) {
        post(BOROUGH + "/concerns/{id}/closure", Map.of("actionTaken", actionTaken), borough, concernId);
    }

    @Override
    public ReviewList retentionReview(String borough) {
        Review review = consent()
                .get()
                .uri(BOROUGH + "/retention-review?limit=500", borough)
                .retrieve()
                .body(Review.class);
        return review == null ? new ReviewList("", List.of()) : review.list();
    }

    @Override
    public void keep(String borough, String ref, String reason) {
        post(BOROUGH + "/participants/{ref}/retention-decision", Map.of("keep", true, "reason", reason), borough, ref);
    }

    private void post(String uri, Map<String, Object> body, Object... variables) {
        consent()
                .post()
                .uri(uri, variables)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    private RestClient consent() {
        return clients.of("consent");
    }

    /** The API's answer, as it reads. */
    record Concern(
            String concernId,
            String participantRef,
            String state,
            String summary,
            Staff raisedBy,
            Instant raisedAt,
            String actionTaken,
            Staff closedBy,
            Instant closedAt) {

        ConcernRow row() {
            return new ConcernRow(
                    concernId,
                    participantRef,
                    state,
                    summary,
                    Staff.nameOf(raisedBy),
                    raisedAt,
                    actionTaken,
                    Staff.nameOf(closedBy),
                    closedAt);
        }

        @Override
        public String toString() {
            return "Concern[" + concernId + ", texts hidden]";
        }
    }

    record Staff(String subject, String name) {
        static String nameOf(Staff staff) {
            return staff == null ? null : staff.name() != null ? staff.name() : staff.subject();
        }
    }

    record Review(String retention, List<Item> items) {
        ReviewList list() {
            return new ReviewList(
                    retention,
                    items == null ? List.of() : items.stream().map(Item::row).toList());
        }
    }

    record Item(String participantRef, Instant enrolledAt, Instant lastActivityAt, Instant reviewDueAt, Kept lastKept) {
        ReviewRow row() {
            return new ReviewRow(
                    participantRef,
                    enrolledAt,
                    lastActivityAt,
                    reviewDueAt,
                    lastKept == null ? null : lastKept.reason());
        }
    }

    record Kept(String reason) {}
}
