package london.sanctuary.dashboard.figures.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import london.sanctuary.dashboard.figures.Counted;
import london.sanctuary.dashboard.figures.Counters;
import london.sanctuary.dashboard.figures.Dimension;
import london.sanctuary.dashboard.figures.FindCounts;
import london.sanctuary.dashboard.figures.Increment;
import london.sanctuary.platform.store.Lookups;
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

    /** Counters a reply of the store carries, about 1 MB of them. */
    private static final int BATCH = 5_000;

    private final MongoTemplate mongo;
    private final String counters;
    private final String seen;

    /** The counters in collections {@code <prefix>counters} and {@code <prefix>seen_facts}. */
    public MongoCounters(MongoTemplate mongo, String prefix) {
        this.mongo = mongo;
        this.counters = prefix + "counters";
        this.seen = prefix + "seen_facts";
    }

    /** The indexes a summary reads by: a range of weeks, and one dimension over a range of weeks. */
    public MongoCounters withIndexes() {
        mongo.indexOps(counters).createIndex(new Index().on("monday", Sort.Direction.ASC));
        mongo.indexOps(counters)
                .createIndex(new Index().on("dimension", Sort.Direction.ASC).on("monday", Sort.Direction.ASC));
        return this;
    }

    @Override
    public void add(List<Increment> increments) {
        for (Increment increment : increments) {
            Update update = new Update()
                    .inc("count", increment.amount())
                    .inc("cellKey", increment.cellKey())
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
        return Lookups.exists(mongo, Query.query(where("_id").is(factId)), seen);
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
        return read(weeks(query).and("dimension").is(dimension.code()), query).getOrDefault(dimension, List.of());
    }

    /** One read for every dimension: the weeks (and borough) asked for, grouped here. */
    @Override
    public Map<Dimension, List<Counted>> findAll(FindCounts query) {
        return read(weeks(query), query);
    }

    private static Criteria weeks(FindCounts query) {
        Criteria criteria = where("monday")
                .gte(query.from().with(java.time.DayOfWeek.MONDAY).toString())
                .lte(query.to().toString());
        query.borough().ifPresent(borough -> criteria.and("borough").is(borough));
        return criteria;
    }

    /**
     * Sums each dimension's counters over the weeks, one per borough and key; the session type filters session
     * dimensions. The counters stream through in batches, only the fields summed: a year of London at 10⁶ facts is
     * 312,013 counters, 78 MB in one reply, past the 48 MB a reply may be.
     */
    private Map<Dimension, List<Counted>> read(Criteria criteria, FindCounts query) {
        Map<Dimension, Map<List<Object>, long[]>> sums = new EnumMap<>(Dimension.class);
        Query find = Query.query(criteria).cursorBatchSize(BATCH);
        find.fields()
                .include("dimension", "borough", "key", "first", "count", "cellKey")
                .exclude("_id");
        try (Stream<Document> found = mongo.stream(find, Document.class, counters)) {
            found.forEach(counter -> {
                Optional<Dimension> dimension = Dimension.ofCode(counter.getString("dimension"));
                if (dimension.isPresent() && ofType(dimension.get(), counter, query)) {
                    List<Object> id = List.of(counter.getString("borough"), counter.getList("key", String.class));
                    sums.computeIfAbsent(dimension.get(), d -> new LinkedHashMap<>())
                            .merge(id, new long[] {number(counter, "count"), number(counter, "cellKey")}, (a, b) ->
                                    new long[] {a[0] + b[0], a[1] + b[1]});
                }
            });
        }
        Map<Dimension, List<Counted>> out = new EnumMap<>(Dimension.class);
        sums.forEach((dimension, byId) -> {
            List<Counted> counted = new ArrayList<>();
            byId.forEach((id, sum) -> counted.add(new Counted((String) id.get(0), castKey(id.get(1)), sum[0], sum[1])));
            out.put(dimension, counted);
        });
        return out;
    }

    /** A number field; a counter written before cell keys has none, and counts as key 0 until a replay. */
    private static long number(Document counter, String field) {
        Object value = counter.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static boolean ofType(Dimension dimension, Document counter, FindCounts query) {
        return !dimension.isBySessionType()
                || query.sessionType()
                        .map(type -> type.equals(counter.getString("first")))
                        .orElse(true);
    }

    @SuppressWarnings("unchecked")
    private static List<String> castKey(Object key) {
        return (List<String>) key;
    }
}
