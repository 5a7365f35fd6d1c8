package london.sanctuary.dashboard.figures.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import london.sanctuary.contracts.Borough;
import london.sanctuary.dashboard.figures.Counted;
import london.sanctuary.dashboard.figures.Counters;
import london.sanctuary.dashboard.figures.Dimension;
import london.sanctuary.dashboard.figures.FindCounts;
import london.sanctuary.dashboard.figures.Increment;
import london.sanctuary.dashboard.figures.Periods;
import london.sanctuary.platform.store.Lookups;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Counters as one document per period and borough (decision 0056), {@code {_id: "2026-Q4|newham", period, borough,
 * c: {"sessions-held|FOCUS_GROUP": {n: count, k: cellKey}, …}, b: {…}}}: every fact adds to the documents of its week
 * and of that week's month, quarter and year ({@link Periods}) by {@code $inc} upserts, one bulk write per call. A
 * summary reads the few periods that make up its weeks by {@code _id}, a key lookup on any store (the embedded one
 * included), so it costs the same at ten thousand facts as at ten million. {@code b} holds what was moved from the
 * weekly counters of before (set, not added, so moving twice changes nothing: {@link WeeklyCountersMoved}). The
 * boroughs that have counters are listed in the document {@code boroughs}; applied fact ids are in
 * {@code seen_facts}. One database for all of London: the dashboard is not per borough.
 *
 * <p>Safe to repeat (decision 0060): a batch's increments to a document are written together with its facts' ids, in
 * {@code adding}, by an upsert that matches only while none of those ids is there; the ids stay until the facts are
 * recorded in {@code seen_facts}, then are pulled. A batch cut off between the two, or a bulk write that failed in
 * part, delivered again adds nothing twice: a document that already holds one of its facts refuses the write (its
 * upsert meets the document's key), is read, and is written again with the facts it has not added.
 */
public final class MongoCounters implements Counters {

    static final String COUNTED = "c";
    static final String MOVED = "b";
    static final String ADDING = "adding";
    private static final int DUPLICATE_KEY = 11000;
    private static final int ATTEMPTS = 3;
    private static final String BOROUGHS = "boroughs";

    private final MongoTemplate mongo;
    private final String counters;
    private final String seen;
    private final Set<String> listed = ConcurrentHashMap.newKeySet();

    /** The counters in collections {@code <prefix>period_counters} and {@code <prefix>seen_facts}. */
    public MongoCounters(MongoTemplate mongo, String prefix) {
        this.mongo = mongo;
        this.counters = prefix + "period_counters";
        this.seen = prefix + "seen_facts";
        mongo.indexOps(counters)
                .createIndex(new Index().on(ADDING, Sort.Direction.ASC).sparse().named("adding"));
    }

    String collection() {
        return counters;
    }

    /** Adds each increment to its counter in every period of its week, creating it at zero first: one bulk write. */
    @Override
    public void add(List<Increment> increments) {
        if (increments.isEmpty()) {
            return;
        }
        Map<String, Map<String, long[]>> byDocument = new LinkedHashMap<>();
        for (Increment increment : increments) {
            String name = CounterNames.of(increment.dimension(), increment.key());
            for (String period : Periods.of(increment.week())) {
                byDocument
                        .computeIfAbsent(id(period, increment.borough()), d -> new LinkedHashMap<>())
                        .merge(name, new long[] {increment.amount(), increment.cellKey()}, MongoCounters::plus);
            }
        }
        list(increments.stream().map(Increment::borough).toList());
        var bulk = mongo.bulkOps(BulkMode.UNORDERED, counters);
        byDocument.forEach((id, sums) -> {
            Update update = identity(id);
            sums.forEach((name, sum) ->
                    update.inc(COUNTED + "." + name + ".n", sum[0]).inc(COUNTED + "." + name + ".k", sum[1]));
            bulk.upsert(Query.query(where("_id").is(id)), update);
        });
        bulk.execute();
    }

    /**
     * Adds each fact's increments to the documents of its periods, a document adding a fact at most once: one
     * unordered bulk write with one guarded upsert per document; documents that refuse it (they hold one of its facts
     * already, or another thread created them meanwhile) are read and written again without the facts they hold.
     */
    @Override
    public void addOnce(Map<String, List<Increment>> byFact) {
        Map<String, Map<String, Map<String, long[]>>> byDocument = new LinkedHashMap<>();
        byFact.forEach((fact, increments) -> {
            for (Increment increment : increments) {
                String name = CounterNames.of(increment.dimension(), increment.key());
                for (String period : Periods.of(increment.week())) {
                    byDocument
                            .computeIfAbsent(id(period, increment.borough()), d -> new LinkedHashMap<>())
                            .computeIfAbsent(fact, f -> new LinkedHashMap<>())
                            .merge(name, new long[] {increment.amount(), increment.cellKey()}, MongoCounters::plus);
                }
            }
        });
        list(byFact.values().stream()
                .flatMap(List::stream)
                .map(Increment::borough)
                .toList());
        var left = byDocument;
        for (int attempt = 1; !left.isEmpty(); attempt++) {
            Set<String> refused = writeOnce(left);
            if (!refused.isEmpty() && attempt == ATTEMPTS) {
                throw new IllegalStateException(
                        refused.size() + " counter documents refused a batch " + ATTEMPTS + " times");
            }
            left = notYetAdded(left, refused);
        }
    }

    /** One guarded upsert per document; answers the documents that refused theirs (duplicate key). */
    private Set<String> writeOnce(Map<String, Map<String, Map<String, long[]>>> byDocument) {
        var bulk = mongo.bulkOps(BulkMode.UNORDERED, counters);
        List<String> order = new ArrayList<>(byDocument.keySet());
        for (String id : order) {
            Map<String, Map<String, long[]>> facts = byDocument.get(id);
            Map<String, long[]> sums = new LinkedHashMap<>();
            facts.values().forEach(named -> named.forEach((name, sum) -> sums.merge(name, sum, MongoCounters::plus)));
            Update update = identity(id);
            sums.forEach((name, sum) ->
                    update.inc(COUNTED + "." + name + ".n", sum[0]).inc(COUNTED + "." + name + ".k", sum[1]));
            update.push(ADDING).each(facts.keySet().toArray());
            bulk.upsert(Query.query(where("_id").is(id).and(ADDING).nin(facts.keySet())), update);
        }
        try {
            bulk.execute();
            return Set.of();
        } catch (BulkOperationException failed) {
            if (failed.getErrors().stream().anyMatch(e -> e.getCode() != DUPLICATE_KEY)) {
                throw failed; // what was written holds its facts' ids: a retry adds nothing twice
            }
            Set<String> refused = new HashSet<>();
            failed.getErrors().forEach(e -> refused.add(order.get(e.getIndex())));
            return refused;
        }
    }

    /** Of the refused documents' facts, those each document has not added yet (one read). */
    private Map<String, Map<String, Map<String, long[]>>> notYetAdded(
            Map<String, Map<String, Map<String, long[]>>> byDocument, Set<String> refused) {
        Map<String, Map<String, Map<String, long[]>>> left = new LinkedHashMap<>();
        if (refused.isEmpty()) {
            return left;
        }
        Query held = Query.query(where("_id").in(refused));
        held.fields().include(ADDING);
        Map<String, List<String>> adding = new LinkedHashMap<>();
        mongo.find(held, Document.class, counters)
                .forEach(d -> adding.put(d.getString("_id"), d.getList(ADDING, String.class, List.of())));
        for (String id : refused) {
            Map<String, Map<String, long[]>> facts = new LinkedHashMap<>(byDocument.get(id));
            facts.keySet().removeAll(adding.getOrDefault(id, List.of()));
            if (!facts.isEmpty()) {
                left.put(id, facts);
            }
        }
        return left;
    }

    @Override
    public Set<String> applied(Collection<String> factIds) {
        Query query = Query.query(where("_id").in(factIds));
        query.fields().include("_id");
        Set<String> applied = new HashSet<>();
        mongo.find(query, Document.class, seen).forEach(d -> applied.add(d.getString("_id")));
        return applied;
    }

    /** Records the facts (one unordered bulk insert), then pulls their ids from the documents still holding them. */
    @Override
    public void markApplied(Collection<String> factIds) {
        if (factIds.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkMode.UNORDERED, seen)
                    .insert(factIds.stream().map(id -> new Document("_id", id)).toList())
                    .execute();
        } catch (BulkOperationException raced) {
            if (raced.getErrors().stream().anyMatch(e -> e.getCode() != DUPLICATE_KEY)) {
                throw raced;
            }
        }
        mongo.updateMulti(
                Query.query(where(ADDING).in(factIds)), new Update().pullAll(ADDING, factIds.toArray()), counters);
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
        return findAll(query).getOrDefault(dimension, List.of());
    }

    /**
     * One read for every dimension: the documents of the periods that make up the weeks asked for, of the borough
     * asked for or of every borough with counters, by {@code _id} alone (so the store answers from its index); summed
     * here per borough and key. The session type filters session dimensions.
     */
    @Override
    public Map<Dimension, List<Counted>> findAll(FindCounts query) {
        List<String> ids = new ArrayList<>();
        List<String> periods = Periods.covering(query.from(), query.to());
        for (String borough : query.borough().map(List::of).orElseGet(this::boroughs)) {
            periods.forEach(period -> ids.add(id(period, borough)));
        }
        Query find = Query.query(where("_id").in(ids));
        find.fields().include("borough", COUNTED, MOVED);
        Map<Dimension, Map<List<Object>, long[]>> sums = new EnumMap<>(Dimension.class);
        for (Document document : mongo.find(find, Document.class, counters)) {
            String borough = document.getString("borough");
            for (String part : List.of(COUNTED, MOVED)) {
                Document named = document.get(part, Document.class);
                if (named != null) {
                    named.forEach((name, sum) -> CounterNames.parse(name)
                            .filter(counter -> counter.ofType(query.sessionType()))
                            .ifPresent(counter -> sums.computeIfAbsent(counter.dimension(), d -> new LinkedHashMap<>())
                                    .merge(
                                            List.of(borough, counter.key()),
                                            numbers((Document) sum),
                                            MongoCounters::plus)));
                }
            }
        }
        Map<Dimension, List<Counted>> out = new EnumMap<>(Dimension.class);
        sums.forEach((dimension, byId) -> {
            List<Counted> counted = new ArrayList<>();
            byId.forEach((id, sum) -> counted.add(new Counted((String) id.get(0), castKey(id.get(1)), sum[0], sum[1])));
            out.put(dimension, counted);
        });
        return out;
    }

    /**
     * Every count in the store by {@code <period>|<borough>|<counter>} (what was moved and what was counted since,
     * summed): for proofs that two stores hold the same figures. Reads the whole collection.
     */
    public Map<String, Long> everyCount() {
        Map<String, Long> out = new TreeMap<>();
        for (Document document : mongo.findAll(Document.class, counters)) {
            for (String part : List.of(COUNTED, MOVED)) {
                Document named = document.get(part, Document.class);
                if (named != null) {
                    named.forEach((name, sum) ->
                            out.merge(document.get("_id") + "|" + name, numbers((Document) sum)[0], Long::sum));
                }
            }
        }
        return out;
    }

    static String id(String period, String borough) {
        return period + "|" + borough;
    }

    /** The update that creates a period's document: its period and borough, from its id. */
    static Update identity(String id) {
        int bar = id.indexOf('|');
        return new Update().setOnInsert("period", id.substring(0, bar)).setOnInsert("borough", id.substring(bar + 1));
    }

    /** Every borough with counters: the 33 and any other a fact named, listed as it arrived. */
    private List<String> boroughs() {
        Set<String> all =
                new TreeSet<>(Borough.all().stream().map(Borough::code).toList());
        Document listed = mongo.findById(BOROUGHS, Document.class, counters);
        if (listed != null) {
            all.addAll(listed.getList("codes", String.class, List.of()));
        }
        return List.copyOf(all);
    }

    /** Lists boroughs outside the 33 the first time this instance sees them (the list is only ever added to). */
    void list(Collection<String> boroughs) {
        List<String> unlisted = boroughs.stream()
                .distinct()
                .filter(b -> !Borough.isKnown(b) && !listed.contains(b))
                .toList();
        if (!unlisted.isEmpty()) {
            mongo.upsert(
                    Query.query(where("_id").is(BOROUGHS)),
                    new Update().addToSet("codes").each(unlisted.toArray()),
                    counters);
            listed.addAll(unlisted);
        }
    }

    /** A counter's count and key sum; a counter written before cell keys has no key, and counts as key 0. */
    private static long[] numbers(Document sum) {
        Object n = sum.get("n");
        Object k = sum.get("k");
        return new long[] {n == null ? 0 : ((Number) n).longValue(), k == null ? 0 : ((Number) k).longValue()};
    }

    static long[] plus(long[] a, long[] b) {
        return new long[] {a[0] + b[0], a[1] + b[1]};
    }

    @SuppressWarnings("unchecked")
    private static List<String> castKey(Object key) {
        return (List<String>) key;
    }
}
