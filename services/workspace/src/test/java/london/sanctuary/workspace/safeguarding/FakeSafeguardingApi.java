package london.sanctuary.workspace.safeguarding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import london.sanctuary.workspace.services.ServiceRefusal;

/** The consent service's safeguarding API as the page tests need it: what it holds, what it was asked, a refusal. */
class FakeSafeguardingApi implements SafeguardingApi {

    static final String REF = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
    static final String CONCERN = "11111111-2222-4333-8444-555555555555";
    static final String SUMMARY = "Said they sleep in a car with two children";

    final List<List<String>> calls = new ArrayList<>();
    ServiceRefusal refusal;

    void reset() {
        calls.clear();
        refusal = null;
    }

    @Override
    public void flag(String borough, String ref, String summary) {
        called("flag", borough, ref, summary);
    }

    @Override
    public List<ConcernRow> concerns(String borough, boolean open) {
        Instant raised = Instant.parse("2026-12-01T09:30:00Z");
        return open
                ? List.of(new ConcernRow(CONCERN, REF, "open", SUMMARY, "Amina Hassan", raised, null, null, null))
                : List.of();
    }

    @Override
    public void close(String borough, String concernId, String actionTaken) {
        called("close", borough, concernId, actionTaken);
    }

    @Override
    public ReviewList retentionReview(String borough) {
        return new ReviewList(
                "P2Y",
                List.of(new ReviewRow(
                        REF,
                        Instant.parse("2023-05-01T10:00:00Z"),
                        Instant.parse("2024-06-01T10:00:00Z"),
                        Instant.parse("2026-06-01T10:00:00Z"),
                        "Open housing appeal")));
    }

    @Override
    public void keep(String borough, String ref, String reason) {
        called("keep", borough, ref, reason);
    }

    private void called(String... call) {
        if (refusal != null) {
            throw refusal;
        }
        calls.add(List.of(call));
    }
}
