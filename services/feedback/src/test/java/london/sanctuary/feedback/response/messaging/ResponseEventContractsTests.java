package london.sanctuary.feedback.response.messaging;

import static london.sanctuary.feedback.form.FormFixtures.NOW;
import static london.sanctuary.feedback.form.FormFixtures.clockAt;
import static london.sanctuary.feedback.form.FormFixtures.published;
import static london.sanctuary.feedback.response.ResponseFixtures.AMIRA;
import static london.sanctuary.platform.test.EventContracts.assertFollowContracts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import london.sanctuary.contracts.EventType;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.messaging.FormEventContracts;
import london.sanctuary.feedback.response.Response;
import london.sanctuary.feedback.response.ResponseFixtures;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.junit.jupiter.api.Test;

class ResponseEventContractsTests {

    private static final String TOPIC = "sanctuary.newham.feedback.v1";

    @Test
    void aLinkedResponsesLifeMapsToSchemaValidContractsAndFactsWithoutRefsOrAnswers() {
        // given
        Form form = published();
        Response response = ResponseFixtures.linked(form);
        response.theme(List.of("food", "esol"), clockAt(NOW));
        response.unlink(clockAt(NOW));
        response.theme(List.of("travel"), clockAt(NOW));

        // when
        List<OutboxEntry> entries = ResponseEventContracts.toOutbox(response.recordedEvents());
        List<OutboxEntry> published = FormEventContracts.toOutbox(form.recordedEvents());

        // then
        assertThat(entries)
                .extracting(OutboxEntry::type)
                .containsExactly(
                        EventType.FEEDBACK_SUBMITTED.type(),
                        EventType.FEEDBACK_SUBMITTED_FACT.type(),
                        EventType.FEEDBACK_THEMED.type(),
                        EventType.FEEDBACK_THEMED_FACT.type(),
                        EventType.FEEDBACK_THEMED_FACT.type(),
                        EventType.FEEDBACK_THEMED.type(),
                        EventType.FEEDBACK_THEMED_FACT.type());
        assertThat(entries.get(0).data()).contains(AMIRA.toString());
        assertThat(entries.get(2).data()).contains(AMIRA.toString());
        assertThat(entries.get(5).data()).doesNotContain(AMIRA.toString()).doesNotContain("participantRef");
        assertFollowContracts(entries, TOPIC, response.id().toString(), AMIRA.toString());
        assertFollowContracts(published, TOPIC, form.id().toString());
        assertThat(concat(entries, published))
                .extracting(OutboxEntry::data)
                .noneMatch(data -> data.contains("ESOL classes in the evening"));
    }

    private static List<OutboxEntry> concat(List<OutboxEntry> a, List<OutboxEntry> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
