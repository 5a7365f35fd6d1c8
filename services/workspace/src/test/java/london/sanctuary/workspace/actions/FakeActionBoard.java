package london.sanctuary.workspace.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.workspace.services.ServiceRefusal;

/** The actions service as the page tests need it: a small state machine, what it was asked, and a refusal to give. */
class FakeActionBoard implements ActionBoard {

    static final UUID TI_RESPONSE = UUID.fromString("aaaaaaaa-1111-4111-8111-111111111111");
    static final UUID AR_RESPONSE = UUID.fromString("bbbbbbbb-2222-4222-8222-222222222222");

    final Map<String, StaffAction> actions = new LinkedHashMap<>();
    final List<Map<String, Object>> calls = new ArrayList<>();
    ServiceRefusal refusal;

    void reset() {
        actions.clear();
        calls.clear();
        refusal = null;
    }

    /** An action in a status, due on a day, to review on a day (or null). */
    StaffAction holds(String status, LocalDate dueOn, LocalDate reviewOn) {
        StaffAction a = action(UUID.randomUUID(), status, dueOn, reviewOn, List.of(), List.of(), Map.of());
        actions.put(a.actionId().toString(), a);
        return a;
    }

    @Override
    public List<StaffAction> actions(String borough) {
        return List.copyOf(actions.values());
    }

    @Override
    public List<StaffAction> reviewDue(String borough) {
        return actions.values().stream()
                .filter(a -> a.reviewDue(LocalDate.now()))
                .toList();
    }

    @Override
    public StaffAction find(String borough, String actionId) {
        StaffAction a = actions.get(actionId);
        if (a == null) {
            throw new ServiceRefusal("actions", 404, java.util.Optional.empty(), "Not found");
        }
        return a;
    }

    @Override
    public List<HeardTheme> themesHeard(String borough) {
        return List.of(new HeardTheme("food", List.of(TI_RESPONSE, AR_RESPONSE), Map.of("ti", 1, "ar", 1)));
    }

    @Override
    public String raise(String borough, Map<String, Object> body) {
        called("raise", body);
        StaffAction a = holds("PROPOSED", LocalDate.parse((String) body.get("dueOn")), null);
        return a.actionId().toString();
    }

    @Override
    public void changeStatus(String borough, String actionId, Map<String, Object> body) {
        called("status", body);
        replace(actionId, (String) body.get("status"), null, null, null);
    }

    @Override
    public void addNote(String borough, String actionId, Map<String, Object> body) {
        called("note", body);
        StaffAction a = find(borough, actionId);
        List<StaffAction.Note> notes = new ArrayList<>(a.notes());
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) body.get("evidence");
        notes.add(new StaffAction.Note((String) body.get("text"), links, "newham.officer1", Instant.now()));
        actions.put(
                actionId, action(a.actionId(), a.status(), a.dueOn(), a.reviewOn(), notes, a.reviews(), a.statement()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void complete(String borough, String actionId, Map<String, Object> body) {
        if ("PROPOSED".equals(find(borough, actionId).status()) && "DONE".equals(body.get("outcome"))) {
            // as the actions service: a proposed action is agreed before it is done
            throw new ServiceRefusal("actions", 422, java.util.Optional.of("status"), "PROPOSED cannot become DONE");
        }
        called("completion", body);
        replace(actionId, "DONE", LocalDate.now().plusMonths(6), (Map<String, String>) body.get("statement"), null);
    }

    @Override
    public void review(String borough, String actionId, Map<String, Object> body) {
        called("review", body);
        String outcome = (String) body.get("outcome");
        StaffAction.Review review =
                new StaffAction.Review(outcome, (String) body.get("note"), null, "newham.officer1", Instant.now());
        boolean reopen = outcome.equals("REOPEN");
        replace(
                actionId,
                reopen ? "IN_PROGRESS" : "DONE",
                reopen ? null : LocalDate.now().plusMonths(6),
                null,
                review);
    }

    private void called(String what, Map<String, Object> body) {
        if (refusal != null) {
            throw refusal;
        }
        Map<String, Object> call = new LinkedHashMap<>(body);
        call.put("call", what);
        calls.add(call);
    }

    private void replace(
            String id, String status, LocalDate reviewOn, Map<String, String> statement, StaffAction.Review review) {
        StaffAction a = find("newham", id);
        List<StaffAction.Review> reviews = new ArrayList<>(a.reviews());
        if (review != null) {
            reviews.add(review);
        }
        actions.put(
                id,
                action(
                        a.actionId(),
                        status,
                        a.dueOn(),
                        reviewOn,
                        a.notes(),
                        reviews,
                        statement == null ? a.statement() : statement));
    }

    private static StaffAction action(
            UUID id,
            String status,
            LocalDate dueOn,
            LocalDate reviewOn,
            List<StaffAction.Note> notes,
            List<StaffAction.Review> reviews,
            Map<String, String> statement) {
        boolean ended = status.equals("DONE") || status.equals("NOT_POSSIBLE");
        return new StaffAction(
                id,
                "Fresh food at the hotel",
                List.of("food"),
                List.of(TI_RESPONSE, AR_RESPONSE),
                "Housing needs",
                dueOn,
                status,
                "newham.officer1",
                Instant.parse("2026-11-02T10:00:00Z"),
                notes,
                statement,
                ended || !reviews.isEmpty() ? Instant.now() : null,
                ended ? 2 : null,
                reviewOn,
                reviews);
    }
}
