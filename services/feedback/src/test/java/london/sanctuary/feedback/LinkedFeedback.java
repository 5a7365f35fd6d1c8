package london.sanctuary.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.ConsentEvents;
import london.sanctuary.platform.test.EventRelay;

/**
 * What the linked-feedback integration tests share: a person holding {@code LINK_FEEDBACK} (granted over the real
 * broker, awaited in the service's ledger), a published form, an answer captured by a named officer, and the
 * borough's staff by role. Close it after each test (it holds an event relay).
 */
final class LinkedFeedback implements AutoCloseable {

    private final int port;
    private final EventRelay relay;
    private final ConsentLedger ledger;

    LinkedFeedback(int port, String bootstrap, ConsentLedger ledger) {
        this.port = port;
        this.relay = new EventRelay(bootstrap);
        this.ledger = ledger;
    }

    /** Someone new who holds LINK_FEEDBACK in the borough, once the service has heard it. */
    UUID linked(String borough) {
        UUID ref = UUID.randomUUID();
        Borough b = Borough.of(borough);
        new ConsentEvents(relay).grant(b, ParticipantRef.of(ref), UUID.randomUUID(), ConsentPurpose.LINK_FEEDBACK);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ledger.holds(b, ParticipantRef.of(ref), ConsentPurpose.LINK_FEEDBACK, Instant.now()));
        return ref;
    }

    /** A published form of {@link FeedbackRequests#form()}; its id. */
    String form(String borough) {
        ApiClient.Response form = officer(borough).post("/api/boroughs/" + borough + "/forms", FeedbackRequests.form());
        assertThat(form.status()).as(form.body()).isEqualTo(201);
        return form.json().path("formId").asString();
    }

    /** An answer captured by the officer, linked to {@code ref} (null: anonymous); the response's id. */
    String capture(String borough, String formId, UUID ref, String words) {
        ApiClient.Response captured = officer(borough)
                .post(
                        "/api/boroughs/" + borough + "/forms/" + formId + "/responses",
                        FeedbackRequests.capture(ref, words));
        assertThat(captured.status()).as(captured.body()).isEqualTo(201);
        return captured.json().path("responseId").asString();
    }

    /** Grace Officer, {@code <borough>.officer1}, an officer only. */
    ApiClient officer(String borough) {
        return new ApiClient(
                port, AuditRecords.staffToken(borough + ".officer1", "Grace Officer", borough, List.of("officer")));
    }

    /** Lee Lead, {@code <borough>.lead}, the borough's service lead. */
    ApiClient lead(String borough) {
        return new ApiClient(
                port, AuditRecords.staffToken(borough + ".lead", "Lee Lead", borough, List.of("service-lead")));
    }

    @Override
    public void close() {
        relay.close();
    }
}
