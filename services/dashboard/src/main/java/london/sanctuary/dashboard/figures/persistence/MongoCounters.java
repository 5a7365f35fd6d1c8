package london.sanctuary.dashboard.figures.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.dashboard.figures.Counted;
import london.sanctuary.dashboard.figures.Counters;
import london.sanctuary.dashboard.figures.Dimension;
import london.sanctuary.dashboard.figures.FindCounts;
import london.sanctuary.dashboard.figures.Increment;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Counters as documents {@code {_id: "sessions-held|newham|2026-W47|FOCUS_GROUP", dimension, borough,
 * week, monday, key, first, count}} grown by {@code $inc} upserts; applied fact ids in
 * {@code seen_facts}. One database for all of London: the dashboard is not per borough.
 */
public final class MongoCounters implements Counters {

    private final MongoTemplate mongo;
    private final String counters;
    private final String seen;

    /** The counters in collections {@code <prefix>counters} and {@code <prefix>seen_facts}. */
    public MongoCounters(MongoTemplate mongo, String prefix) {
        this.mongo = mongo;
        this.counters = prefix + "counters";
        this.seen = prefix + "seen_facts";
    }

    /** The index a summary reads by: one dimension over a range of weeks. */
    public MongoCounters withIndexes() {
        mongo.indexOps(counters)
                .createIndex(new Index().on("dimension", Sort.Direction.ASC).on("monday", Sort.Direction.ASC));
        return this;
    }

    @Override
    public void add(List<Increment> increments) {
        for (Increment increment : increments) {
            Update update = new Update()
                    .inc("count", increment.amount())
                    .setOnInsert("dimension", increment.dimension().code())
                    .setOnInsert("borough", increment.borough())
                    .setOnInsert("week", increment.week().name())
                    .setOnInsert("monday", increment.week().monday().toString())
                    .setOnInsert("key", increment.key())
                    .setOnInsert(
                            "first",
                            increment.key().isEmpty() ? "" : increment.key().get(0));
            mongo.upsert(Query.query(where("_id").is(increment.id())), update, counters);
        }
    }

    @Override
    public boolean hasApplied(String factId) {
        return mongo.exists(Query.query(where("_id").is(factId)), seen);
    }

    @Override
    public void markApplied(String factId) {
        try {
            mongo.insert(new Document("_id", factId), seen);
        } catch (DuplicateKeyException alreadyThere) {
            // applied concurrently by another delivery: the record is what matters
        }
    }

    @Override
    public List<Counted> find(Dimension dimension, FindCounts query) {
        Criteria criteria = where("dimension")
                .is(dimension.code())
                .and("monday")
                .gte(query.from().with(java.time.DayOfWeek.MONDAY).toString())
                .lte(query.to().toString());
        query.borough().ifPresent(borough -> criteria.and("borough").is(borough));
        if (dimension.isBySessionType()) {
            query.sessionType().ifPresent(type -> criteria.and("first").is(type));
        }
        Map<List<Object>, Long> sums = new LinkedHashMap<>();
        for (Document counter : mongo.find(Query.query(criteria), Document.class, counters)) {
            List<Object> id = List.of(counter.getString("borough"), counter.getList("key", String.class));
            sums.merge(id, ((Number) counter.get("count")).longValue(), Long::sum);
        }
        List<Counted> out = new ArrayList<>();
        sums.forEach((id, count) -> out.add(new Counted((String) id.get(0), castKey(id.get(1)), count)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castKey(Object key) {
        return (List<String>) key;
    }
}
