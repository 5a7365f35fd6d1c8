package london.sanctuary.dashboard.figures.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import london.sanctuary.dashboard.figures.Dimension;
import london.sanctuary.dashboard.figures.Periods;
import london.sanctuary.dashboard.figures.Week;
import london.sanctuary.platform.store.Lookups;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Moves the counters of before decision 0056 — one document per dimension, borough, week and key in
 * {@code <prefix>counters} — into the period documents, once, at start-up before any fact is consumed: each
 * period's sums are <em>set</em> under {@code b}, beside the {@code c} the consumer adds to, so a move cut short and
 * run again sets the same values, never counting a fact twice. Done once, it is recorded in
 * {@code <prefix>migrations} and not run again. Nothing writes the old collection any more, so it is left as it was.
 */
public final class WeeklyCountersMoved {

    static final String NAME = "0056-counters-by-period";
    private static final Logger log = LoggerFactory.getLogger(WeeklyCountersMoved.class);

    private WeeklyCountersMoved() {}

    /** Moves the weekly counters of {@code counters}' store unless that was done; answers how many were moved. */
    public static long into(MongoTemplate mongo, String prefix, MongoCounters counters) {
        String migrations = prefix + "migrations";
        if (Lookups.exists(mongo, Query.query(where("_id").is(NAME)), migrations)) {
            return 0;
        }
        Map<String, Map<String, long[]>> byDocument = new LinkedHashMap<>();
        Set<String> boroughs = new HashSet<>();
        long moved = 0;
        try (Stream<Document> weekly =
                mongo.stream(new Query().cursorBatchSize(5_000), Document.class, prefix + "counters")) {
            for (Document counter : (Iterable<Document>) weekly::iterator) {
                var dimension = Dimension.ofCode(counter.getString("dimension"));
                if (dimension.isEmpty()) {
                    continue;
                }
                String borough = counter.getString("borough");
                String name = CounterNames.of(dimension.get(), counter.getList("key", String.class));
                Week week = new Week(counter.getString("week"), LocalDate.parse(counter.getString("monday")));
                long[] sum = {number(counter, "count"), number(counter, "cellKey")};
                for (String period : Periods.of(week)) {
                    byDocument
                            .computeIfAbsent(MongoCounters.id(period, borough), d -> new LinkedHashMap<>())
                            .merge(name, sum, MongoCounters::plus);
                }
                boroughs.add(borough);
                moved++;
            }
        }
        if (!byDocument.isEmpty()) {
            counters.list(boroughs);
            var bulk = mongo.bulkOps(BulkMode.UNORDERED, counters.collection());
            byDocument.forEach((id, sums) -> {
                Update update = MongoCounters.identity(id);
                sums.forEach((name, sum) ->
                        update.set(MongoCounters.MOVED + "." + name, new Document("n", sum[0]).append("k", sum[1])));
                bulk.upsert(Query.query(where("_id").is(id)), update);
            });
            bulk.execute();
        }
        mongo.save(
                new Document("_id", NAME).append("at", Instant.now().toString()).append("counters", moved), migrations);
        log.info("Moved {} weekly counters into {} period documents (decision 0056)", moved, byDocument.size());
        return moved;
    }

    /** A number field; a counter written before cell keys has none, and counts as key 0 until a replay. */
    private static long number(Document counter, String field) {
        Object value = counter.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
