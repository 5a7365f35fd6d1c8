package london.sanctuary.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import london.sanctuary.actions.feedback.HeardFeedback;
import london.sanctuary.actions.feedback.HeardResponse;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.contracts.feedback.FeedbackThemed;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.EventBatch;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.messaging.Message;
import org.springframework.test.context.TestPropertySource;

/**
 * Decision 0060: the heard-feedback consumer takes a poll as one batch (one inbox query, one bulk write of upserts,
 * one insert of records), and its effect is safe to repeat: the same batch twice, or again after the crash window
 * (changes written, inbox records not), leaves each response as one delivery would.
 */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=actions")
class HeardFeedbackBatchesIntegrationTests {

    static final Borough NEWHAM = Borough.of("newham");
    static final String CONSUMER = "heard-feedback";

    @Autowired
    @Qualifier("onFeedbackEvents")
    Consumer<Message<?>> onFeedbackEvents;

    @Autowired
    HeardFeedback heard;

    @Autowired
    BoroughStores stores;

    @Test
    void givenABatchOfAnswersAndThemesWhenTheSameBatchIsDeliveredTwiceThenEachResponseIsHeardOnceAsTheBatchSays() {
        // given
        Batch batch = new Batch(40);

        // when
        EventBatch.deliverTwice(onFeedbackEvents, batch.events);

        // then
        batch.heardOnce();
    }

    @Test
    void givenABatchWhoseChangesWereWrittenAndWhoseInboxRecordsWereNotWhenDeliveredAgainThenEachResponseIsHeardOnce() {
        // given the crash window: the batch's changes in the store, its inbox records never written
        Batch batch = new Batch(40);

        // when the poll comes again
        long forgotten =
                EventBatch.deliverAgainAfterTheCrashWindow(onFeedbackEvents, stores.of(NEWHAM), CONSUMER, batch.events);

        // then
        assertThat(forgotten).isEqualTo(batch.events.size());
        batch.heardOnce();
    }

    /** Answers, half of them linked to a person, each themed later in the same batch. */
    private final class Batch {

        final List<OutboxEntry> events = new ArrayList<>();
        final List<FeedbackSubmitted> answers = new ArrayList<>();
        final Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        Batch(int size) {
            for (int i = 0; i < size; i++) {
                ParticipantRef ref = i % 2 == 0 ? ParticipantRef.random() : null;
                FeedbackSubmitted answer = new FeedbackSubmitted(
                        UUID.randomUUID(), UUID.randomUUID(), NEWHAM, ref, "ar", CaptureMethod.PAPER, at);
                answers.add(answer);
                events.add(OutboxEntry.of(answer, NEWHAM, answer.responseId().toString(), at));
            }
            for (FeedbackSubmitted answer : answers) {
                events.add(OutboxEntry.of(
                        new FeedbackThemed(
                                answer.responseId(),
                                answer.formId(),
                                NEWHAM,
                                answer.participantRef(),
                                List.of("housing"),
                                at),
                        NEWHAM,
                        answer.responseId().toString(),
                        at));
            }
        }

        void heardOnce() {
            for (FeedbackSubmitted answer : answers) {
                HeardResponse response = heard.find(NEWHAM, answer.responseId()).orElseThrow();
                assertThat(response.themes()).containsExactly("housing");
                assertThat(response.submittedAt()).isEqualTo(at);
                assertThat(response.participantRef())
                        .isEqualTo(
                                answer.participantRef() == null
                                        ? null
                                        : answer.participantRef().value());
            }
            var store = stores.of(NEWHAM);
            List<String> responses =
                    answers.stream().map(a -> a.responseId().toString()).toList();
            assertThat(store.count(Query.query(Criteria.where("_id").in(responses)), "heard_feedback"))
                    .isEqualTo(answers.size());
            assertThat(EventBatch.inboxRecords(store, CONSUMER, events)).isEqualTo(events.size());
        }
    }
}
