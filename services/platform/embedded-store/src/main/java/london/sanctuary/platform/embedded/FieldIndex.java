package london.sanctuary.platform.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A non-unique index on one field (a compound index's first) for mongo-java-server, which keeps only unique ones.
 * Like a sparse index, or a partial one on {@code {field: {$exists: true}}}, it holds only the documents that have the
 * field; so it answers only a query whose condition on the field no document without it can meet: a value, {@code $eq}
 * or {@code $in} of values, a range ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}) or {@code $exists: true}.
 * It gives the store a superset of the matches (an array field is held under each element), which the store filters and
 * sorts as it does a scan: an answer through the index is the scan's answer, from fewer documents.
 */
final class FieldIndex<P> extends Index<P> {

    private static final Comparator<Object> ORDER = Comparator.nullsFirst(ValueComparator.ascWithoutListHandling());
    private static final Set<String> BOUNDS = Set.of("$gt", "$gte", "$lt", "$lte");

    private final String field;
    private final NavigableMap<Object, Map<Object, P>> entries = new TreeMap<>(ORDER);
    private long count;
    private long handedOut;

    FieldIndex(String name, List<IndexKey> keys) {
        super(name, keys, true);
        this.field = keys.get(0).getKey();
    }

    /** How many positions this index has handed the store so far: what a query through it visits. */
    synchronized long handedOut() {
        return handedOut;
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return condition(query) != null;
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        Object condition = condition(query);
        Set<P> positions = new LinkedHashSet<>();
        for (Map<Object, P> byId : candidates(condition)) {
            positions.addAll(byId.values());
        }
        handedOut += positions.size();
        return new ArrayList<>(positions);
    }

    /**
     * The query's condition on the field when this index can answer it, else null. A field naming an array position
     * ({@code outbox.0}) is left to a scan: the index keeps a document under its values, not under its positions.
     */
    private Object condition(Document query) {
        if (!query.containsKey(field) || field.matches("(.*\\.)?\\d+(\\..*)?")) {
            return null;
        }
        Object condition = query.get(field);
        if (condition instanceof Document operators && isOperators(operators)) {
            return usable(operators) ? operators : null;
        }
        return isValue(condition) ? condition : null;
    }

    private static boolean isOperators(Document condition) {
        return !condition.isEmpty() && condition.keySet().iterator().next().startsWith("$");
    }

    private static boolean usable(Document operators) {
        if (operators.containsKey("$exists") && !Utils.isTrue(operators.get("$exists"))) {
            return false;
        }
        if (operators.containsKey("$eq")) {
            return isValue(operators.get("$eq"));
        }
        if (operators.get("$in") instanceof Collection<?> values) {
            return values.stream().allMatch(FieldIndex::isValue);
        }
        boolean bounded = false;
        for (String bound : BOUNDS) {
            if (operators.containsKey(bound)) {
                if (!isValue(operators.get(bound))) {
                    return false;
                }
                bounded = true;
            }
        }
        return bounded || operators.containsKey("$exists");
    }

    /** A value a document without the field cannot equal (null and missing match each other), nor an array's test. */
    private static boolean isValue(Object value) {
        return !Missing.isNullOrMissing(value)
                && !(value instanceof Collection)
                && !(value instanceof Pattern)
                && !(value instanceof Document d && isOperators(d));
    }

    private Collection<Map<Object, P>> candidates(Object condition) {
        if (!(condition instanceof Document operators && isOperators(operators))) {
            return one(condition);
        }
        if (operators.containsKey("$eq")) {
            return one(operators.get("$eq"));
        }
        if (operators.get("$in") instanceof Collection<?> values) {
            List<Map<Object, P>> all = new ArrayList<>();
            values.forEach(v -> all.addAll(one(v)));
            return all;
        }
        NavigableMap<Object, Map<Object, P>> range = entries;
        if (operators.containsKey("$gt") || operators.containsKey("$gte")) {
            boolean gte = operators.containsKey("$gte");
            range = range.tailMap(operators.get(gte ? "$gte" : "$gt"), gte);
        }
        if (operators.containsKey("$lt") || operators.containsKey("$lte")) {
            boolean lte = operators.containsKey("$lte");
            range = range.headMap(operators.get(lte ? "$lte" : "$lt"), lte);
        }
        return range.values();
    }

    private List<Map<Object, P>> one(Object value) {
        Map<Object, P> byId = entries.get(value);
        return byId == null ? List.of() : List.of(byId);
    }

    /** The keys a document is held under: none without the field, each element of an array (itself when empty). */
    private Set<Object> keysOf(Document document) {
        Object value = Utils.getSubdocumentValueCollectionAware(document, field);
        if (value instanceof Missing) {
            return Set.of();
        }
        Set<Object> keys = new LinkedHashSet<>();
        if (value instanceof Collection<?> values && !values.isEmpty()) {
            values.stream().filter(v -> !(v instanceof Missing)).forEach(keys::add);
        } else {
            keys.add(value);
        }
        return keys;
    }

    @Override
    public synchronized P getPosition(Document document) {
        for (Object key : keysOf(document)) {
            Map<Object, P> byId = entries.get(key);
            if (byId != null && byId.containsKey(id(document))) {
                return byId.get(id(document));
            }
        }
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // not unique: any document may be added
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        for (Object key : keysOf(document)) {
            if (entries.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(id(document), position) == null) {
                count++;
            }
        }
    }

    @Override
    public synchronized P remove(Document document) {
        P position = null;
        for (Object key : keysOf(document)) {
            Map<Object, P> byId = entries.get(key);
            P removed = byId == null ? null : byId.remove(id(document));
            if (removed != null) {
                position = removed;
                count--;
                if (byId.isEmpty()) {
                    entries.remove(key);
                }
            }
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        // not unique: any change may be made
    }

    @Override
    public synchronized void updateInPlace(
            Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    @Override
    public synchronized long getCount() {
        return count;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        entries.clear();
        count = 0;
    }

    private static Object id(Document document) {
        return Missing.ofNullable(document.get("_id"));
    }
}
