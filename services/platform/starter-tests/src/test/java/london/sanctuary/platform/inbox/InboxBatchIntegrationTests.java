package london.sanctuary.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.consent.ParticipantEnrolled;
import london.sanctuary.platform.messaging.ReceivedEvent;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.listener.BatchListenerFailedException;

/** The inbox's batch API on the real store: one query and one bulk insert a borough, each effect once. */
@SanctuaryIntegrationTest
class InboxBatchIntegrationTests {

    static final String EFFECTS = "batch_effects";

    @Autowired
    Inbox inbox;

    @Autowired
    BoroughStores stores;

    @Test
    void aBatchWithDuplicatesInsideAndAcrossBatchesAppliesEachEffectOnce() {
        // given a batch holding one event twice, over two boroughs
        ReceivedEvent first = enrolment("barnet");
        ReceivedEvent second = enrolment("newham");
        ReceivedEvent third = enrolment("barnet");
        String consumer = "batch-" + UUID.randomUUID();

        // when it is applied, then a second batch repeats two of them beside a new one
        int applied = inbox.each(consumer, List.of(first, second, first), this::count);
        int again = inbox.each(consumer, List.of(second, third, first, third), this::count);

        // then
        assertThat(applied).isEqualTo(2);
        assertThat(again).isEqualTo(1);
        assertThat(List.of(first, second, third))
                .allSatisfy(e -> assertThat(times(e)).isEqualTo(1));
        assertThat(recorded("barnet", consumer)).isEqualTo(2);
        assertThat(recorded("newham", consumer)).isEqualTo(1);
    }

    @Test
    void anEffectThatRunsOnItsOwnIsAppliedOnceToo() {
        // given
        ReceivedEvent event = enrolment("lambeth");
        String consumer = "batch-" + UUID.randomUUID();
        int[] runs = {0};

        // when
        inbox.each(consumer, List.of(event, event), e -> BatchEffect.run("lambeth", () -> runs[0]++));
        inbox.each(consumer, List.of(event), e -> BatchEffect.run("lambeth", () -> runs[0]++));

        // then
        assertThat(runs[0]).isEqualTo(1);
        assertThat(inbox.once("lambeth", consumer, event, () -> runs[0]++)).isFalse();
    }

    @Test
    void aFailedEffectNamesItsEventAndWhatWentBeforeIsRecordedNotRedone() {
        // given a batch whose second event's effect fails
        ReceivedEvent before = enrolment("barnet");
        ReceivedEvent failing = enrolment("barnet");
        ReceivedEvent after = enrolment("barnet");
        String consumer = "batch-" + UUID.randomUUID();

        // when
        assertThatThrownBy(() -> inbox.each(
                        consumer,
                        List.of(before, failing, after),
                        e -> e == failing
                                ? BatchEffect.run("barnet", () -> {
                                    throw new IllegalStateException("refused");
                                })
                                : count(e)))
                // then the failure names the second record alone, so the error handler retries from there
                .isInstanceOfSatisfying(
                        BatchListenerFailedException.class,
                        f -> assertThat(f.getIndex()).isEqualTo(1))
                .hasMessageNotContaining(failing.id());
        assertThat(times(before)).isEqualTo(1);
        assertThat(times(after)).isZero();
        assertThat(recorded("barnet", consumer)).isEqualTo(1);

        // and when the rest is delivered again, from the failed one, it is applied once
        inbox.each(consumer, List.of(before, failing, after), e -> e == failing ? null : count(e));
        assertThat(times(before)).isEqualTo(1);
        assertThat(times(after)).isEqualTo(1);
    }

    @Test
    void whatAnUpsertSaysFollowsItsWriteRunsAfterTheBulkWriteAndAFailureThereDeliversItAgain() {
        // given a batch of two upserts; the second's follow-up fails the first time
        ReceivedEvent first = enrolment("newham");
        ReceivedEvent second = enrolment("newham");
        String consumer = "batch-" + UUID.randomUUID();
        List<Integer> seenAfterWrite = new ArrayList<>();
        boolean[] failed = {false};
        Function<ReceivedEvent, BatchEffect> effects = e -> count(e).then(() -> {
            seenAfterWrite.add(times(e));
            if (e == second && !failed[0]) {
                failed[0] = true;
                throw new IllegalStateException("refused");
            }
        });

        // when
        assertThatThrownBy(() -> inbox.each(consumer, List.of(first, second), effects))
                // then each follow-up saw its own write; the batch is delivered again from the first of its bulk write
                .isInstanceOfSatisfying(
                        BatchListenerFailedException.class,
                        f -> assertThat(f.getIndex()).isZero());
        assertThat(seenAfterWrite).containsExactly(1, 1);
        assertThat(recorded("newham", consumer)).isZero();

        // and when delivered again, both are applied once more (this counting upsert shows it) and recorded
        assertThat(inbox.each(consumer, List.of(first, second), effects)).isEqualTo(2);
        assertThat(seenAfterWrite).containsExactly(1, 1, 2, 2);
        assertThat(recorded("newham", consumer)).isEqualTo(2);
    }

    private BatchEffect.Upsert count(ReceivedEvent event) {
        return BatchEffect.upsert(
                Borough.of(event.borough()),
                EFFECTS,
                Query.query(Criteria.where("_id").is(event.id())),
                new Update().inc("applied", 1));
    }

    private int times(ReceivedEvent event) {
        Document effect = stores.of(event.borough())
                .findOne(Query.query(Criteria.where("_id").is(event.id())), Document.class, EFFECTS);
        return effect == null ? 0 : effect.getInteger("applied");
    }

    private long recorded(String borough, String consumer) {
        return stores.of(borough).count(Query.query(Criteria.where("consumer").is(consumer)), Inbox.COLLECTION);
    }

    private static ReceivedEvent enrolment(String borough) {
        ParticipantRef ref = ParticipantRef.of(UUID.randomUUID());
        return new ReceivedEvent(
                UUID.randomUUID().toString(),
                EventType.PARTICIPANT_ENROLLED.type(),
                borough,
                ref.toString(),
                Instant.now(),
                new ParticipantEnrolled(ref, Borough.of(borough), Instant.now(), null));
    }
}
