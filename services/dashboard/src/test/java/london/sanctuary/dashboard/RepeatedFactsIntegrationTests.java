package london.sanctuary.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import london.sanctuary.contracts.Contract;
import london.sanctuary.dashboard.figures.Counted;
import london.sanctuary.dashboard.figures.Counters;
import london.sanctuary.dashboard.figures.Dimension;
import london.sanctuary.dashboard.figures.Facts;
import london.sanctuary.dashboard.figures.FindCounts;
import london.sanctuary.dashboard.figures.Increment;
import london.sanctuary.dashboard.figures.ReadModel;
import london.sanctuary.dashboard.figures.messaging.FactsConsumer;
import london.sanctuary.dashboard.figures.persistence.MongoCounters;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.platform.test.EventBatch;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * Decision 0060: the dashboard's counters are safe to repeat. A batch of facts delivered twice, delivered again
 * after being cut off between its increments and its record, or after a bulk write that failed in part, counts each
 * fact once in every period — the figures equal those of the same facts applied once to an empty store.
 */
class RepeatedFactsIntegrationTests extends DashboardServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void givenABatchOfFactsWhenTheSameBatchIsDeliveredTwiceThenEachFactCountsOnceInEveryPeriod() {
        // given
        List<OutboxEntry> batch = facts(60, 300);
        MongoCounters once = appliedOnce(batch);
        MongoCounters twice = new MongoCounters(mongo, prefix("twice"));

        // when
        consumer(twice).accept(EventBatch.of(batch));
        consumer(twice).accept(EventBatch.of(batch));

        // then
        assertThat(twice.everyCount()).isNotEmpty().isEqualTo(once.everyCount());
    }

    @Test
    void givenABatchCutOffAfterItsIncrementsBeforeItsRecordWhenDeliveredAgainWithMoreThenNoFactCountsTwice() {
        // given a batch whose increments were written and whose facts were not recorded: the process died between
        List<OutboxEntry> batch = facts(61, 300);
        List<OutboxEntry> more = new ArrayList<>(batch);
        more.addAll(facts(62, 100));
        MongoCounters reference = appliedOnce(more);
        String prefix = prefix("cut");
        MongoCounters stored = new MongoCounters(mongo, prefix);
        assertThatThrownBy(() -> consumer(new DiesBeforeRecording(stored)).accept(EventBatch.of(batch)))
                .isInstanceOf(BatchListenerFailedException.class);
        assertThat(mongo.count(new Query(), prefix + "seen_facts")).isZero();
        assertThat(stored.everyCount()).isNotEmpty();

        // when the poll comes again, from the same offset and with records that arrived since
        consumer(stored).accept(EventBatch.of(more));

        // then every fact counts once, and no document keeps a fact's id once it is recorded
        assertThat(stored.everyCount()).isEqualTo(reference.everyCount());
        assertThat(mongo.count(Query.query(where("adding.0").exists(true)), prefix + "period_counters"))
                .isZero();
        assertThat(mongo.count(new Query(), prefix + "seen_facts")).isEqualTo(more.size());
    }

    @Test
    void givenAnUnorderedBulkWriteThatFailedInPartWhenTheBatchIsRetriedThenTheDocumentsWrittenDoNotCountTwice() {
        // given a year's document that refuses increments, so the batch's bulk write fails for it alone
        List<OutboxEntry> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(OutboxEntry.fact(Facts.focusGroup("newham", Facts.MONDAY_W47, 3), "newham", Instant.now()));
        }
        String prefix = prefix("partly");
        MongoCounters stored = new MongoCounters(mongo, prefix);
        mongo.insert(
                new Document("_id", "2026|newham").append("c", "not a map of counters"), prefix + "period_counters");
        assertThatThrownBy(() -> consumer(stored).accept(EventBatch.of(batch)))
                .isInstanceOf(BatchListenerFailedException.class);
        assertThat(week(stored)).isEqualTo(60);

        // when the document is mended and the batch retried
        mongo.updateFirst(
                Query.query(where("_id").is("2026|newham")),
                new Update().set("c", new Document()),
                prefix + "period_counters");
        consumer(stored).accept(EventBatch.of(batch));

        // then the week, month and quarter counted the facts once, and the year counts them now
        assertThat(week(stored)).isEqualTo(60);
        assertThat(stored.everyCount()).isEqualTo(appliedOnce(batch).everyCount());
    }

    @Test
    void givenABatchCutOffAfterItsRecordWhenDeliveredAgainThenNothingCountsAndTheFactIdsAreTidiedAway() {
        // given a batch recorded, whose fact ids were left in the counter documents (the process died before the pull)
        List<OutboxEntry> batch = facts(63, 50);
        String prefix = prefix("tidy");
        MongoCounters stored = new MongoCounters(mongo, prefix);
        assertThatThrownBy(() -> consumer(new DiesBeforeRecording(stored, true)).accept(EventBatch.of(batch)))
                .isInstanceOf(BatchListenerFailedException.class);
        Map<String, Long> before = stored.everyCount();
        assertThat(mongo.count(Query.query(where("adding.0").exists(true)), prefix + "period_counters"))
                .isPositive();

        // when
        consumer(stored).accept(EventBatch.of(batch));

        // then
        assertThat(stored.everyCount())
                .isEqualTo(before)
                .isEqualTo(appliedOnce(batch).everyCount());
        assertThat(mongo.count(Query.query(where("adding.0").exists(true)), prefix + "period_counters"))
                .isZero();
    }

    private long week(MongoCounters stored) {
        FindCounts week = new FindCounts(Facts.MONDAY_W47, Facts.MONDAY_W47, Optional.of("newham"), Optional.empty());
        return stored.find(Dimension.ATTENDANCE, week).stream()
                .mapToLong(Counted::count)
                .sum();
    }

    private MongoCounters appliedOnce(List<OutboxEntry> batch) {
        MongoCounters once = new MongoCounters(mongo, prefix("once"));
        consumer(once).accept(EventBatch.of(batch));
        return once;
    }

    private static FactsConsumer consumer(Counters counters) {
        return new FactsConsumer(new ReadModel(counters), new SimpleMeterRegistry(), Clock.systemUTC());
    }

    private static List<OutboxEntry> facts(long seed, int count) {
        List<OutboxEntry> entries = new ArrayList<>();
        for (Contract fact : Facts.mixed(seed, count)) {
            entries.add(OutboxEntry.fact(fact, "newham", Instant.now()));
        }
        return entries;
    }

    private static String prefix(String test) {
        return test + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    /**
     * The store as a process sees it that dies right after the increments (or, {@code recorded}, after the record and
     * before the ids are pulled): the rest of the batch never reaches the store.
     */
    private record DiesBeforeRecording(MongoCounters store, boolean recorded) implements Counters {

        DiesBeforeRecording(MongoCounters store) {
            this(store, false);
        }

        @Override
        public void markApplied(Collection<String> factIds) {
            if (recorded) {
                factIds.forEach(store::markApplied);
            }
            throw new IllegalStateException("the process died here");
        }

        @Override
        public void addOnce(Map<String, List<Increment>> byFact) {
            store.addOnce(byFact);
        }

        @Override
        public Set<String> applied(Collection<String> factIds) {
            return store.applied(factIds);
        }

        @Override
        public void add(List<Increment> increments) {
            store.add(increments);
        }

        @Override
        public boolean hasApplied(String factId) {
            return store.hasApplied(factId);
        }

        @Override
        public void markApplied(String factId) {
            store.markApplied(factId);
        }

        @Override
        public List<Counted> find(Dimension dimension, FindCounts query) {
            return store.find(dimension, query);
        }
    }
}
