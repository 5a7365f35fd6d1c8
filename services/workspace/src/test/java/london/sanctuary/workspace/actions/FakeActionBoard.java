package london.sanctuary.workspace.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.workspace.actions.ActionBoard.PickedQuote;
import london.sanctuary.workspace.services.ServiceRefusal;

/** The actions service as the page tests need it: a small state machine, what it was asked, and a refusal to give. */
class FakeActionBoard implements ActionBoard {

    static final UUID TI_RESPONSE = UUID.fromString("aaaaaaaa-1111-4111-8111-111111111111");
    static final UUID AR_RESPONSE = UUID.fromString("bbbbbbbb-2222-4222-8222-222222222222");

    final Map<String, StaffAction> actions = new LinkedHashMap<>();
    final Map<String, Long> versions = new LinkedHashMap<>();
    final Map<String, List<PickedQuote>> quotes = new LinkedHashMap<>();
    final List<Map<String, Object>> calls = new ArrayList<>();
    final java.util.Set<String> notQuotable = new java.util.HashSet<>();
    /** The actions service raises actions but answers 503 to every quote picked. */
    boolean quotesDown;

    ServiceRefusal refusal;

    void reset() {
        actions.clear();
        versions.clear();
        quotes.clear();
        calls.clear();
        notQuotable.clear();
        quotesDown = false;
        refusal = null;
    }

    /** Someone else changes the action: its version moves on, as the actions service's would. */
    void changedElsewhere(String actionId) {
        versions.merge(actionId, 1L, Long::sum);
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
        return a.withVersion(versions.getOrDefault(actionId, 0L));
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
    public void changeStatus(String borough, String actionId, long version, Map<String, Object> body) {
        current(actionId, version);
        called("status", body);
        replace(actionId, (String) body.get("status"), null, null, null);
    }

    @Override
    public void addNote(String borough, String actionId, long version, Map<String, Object> body) {
        current(actionId, version);
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
    public void complete(String borough, String actionId, long version, Map<String, Object> body) {
        if ("PROPOSED".equals(find(borough, actionId).status()) && "DONE".equals(body.get("outcome"))) {
            // as the actions service: a proposed action is agreed before it is done
            throw new ServiceRefusal("actions", 422, java.util.Optional.of("status"), "PROPOSED cannot become DONE");
        }
        current(actionId, version);
        called("completion", body);
        replace(actionId, "DONE", LocalDate.now().plusMonths(6), (Map<String, String>) body.get("statement"), null);
    }

    @Override
    public void review(String borough, String actionId, long version, Map<String, Object> body) {
        current(actionId, version);
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

    @Override
    public List<PickedQuote> quotes(String borough, String actionId) {
        return quotes.getOrDefault(actionId, List.of());
    }

    @Override
    public void pickQuote(String borough, String actionId, Map<String, Object> body) {
        if (quotesDown) {
            throw new london.sanctuary.workspace.services.ServiceUnavailable("actions", 503);
        }
        if (notQuotable.contains((String) body.get("responseId"))) {
            // as the actions service: the writer no longer holds PUBLISH_QUOTE
            throw new ServiceRefusal(
                    "actions",
                    422,
                    java.util.Optional.of("responseId"),
                    "The person who wrote it has not agreed to be quoted");
        }
        called("quote", body);
        quotes.computeIfAbsent(actionId, id -> new ArrayList<>())
                .add(new PickedQuote(
                        (String) body.get("responseId"), (String) body.get("language"), (String) body.get("text")));
    }

    @Override
    public void unpickQuote(String borough, String actionId, String responseId) {
        called("unpick", Map.of("responseId", responseId));
        if (!quotes.getOrDefault(actionId, new ArrayList<>())
                .removeIf(q -> q.responseId().equals(responseId))) {
            throw new ServiceRefusal("actions", 404, java.util.Optional.empty(), "Quote not found");
        }
    }

    /** As the actions service with If-Match: a change against another version than the stored one is a 409. */
    private void current(String actionId, long version) {
        find("newham", actionId);
        if (version != versions.getOrDefault(actionId, 0L)) {
            throw new ServiceRefusal("actions", 409, java.util.Optional.empty(), "The action has changed");
        }
        versions.merge(actionId, 1L, Long::sum);
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
                reviews,
                null);
    }
}
