package london.sanctuary.proof.faults.kill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.bson.Document;

/**
 * What the store holds for one borough of a kill test: the enrolling service's aggregates and their
 * pending events, and the counting service's effects.
 */
final class StoreView implements AutoCloseable {

    private final MongoClient client;
    private final MongoCollection<Document> enrolments;
    private final MongoCollection<Document> counted;

    StoreView(Infrastructure infra, String borough) {
        client = MongoClients.create(infra.mongoUri());
        String suffix = "_" + borough.replace('-', '_');
        enrolments = client.getDatabase("enrolling" + suffix).getCollection("enrolments");
        counted = client.getDatabase("counting" + suffix).getCollection("enrolments_counted");
    }

    // The count command: countDocuments() is an aggregation, which the embedded store answers by a scan.
    long enrolments() {
        return enrolments.estimatedDocumentCount();
    }

    /** Events written with their aggregate and not yet published (or published and not yet removed). */
    long pendingEvents() {
        long pending = 0;
        for (Document d : enrolments.find(Filters.exists("outbox.0")).projection(Projections.include("outbox"))) {
            pending += d.getList("outbox", Document.class).size();
        }
        return pending;
    }

    /** Effects applied by the counting service: one document per application. */
    long effects() {
        return counted.estimatedDocumentCount();
    }

    Set<String> enrolmentIds() {
        return ids(enrolments, "_id");
    }

    /** The enrolments the counting service applied, each once however often it was applied. */
    Set<String> countedEnrolments() {
        return ids(counted, "enrolment");
    }

    /** How often the counting service applied events, repeats included (each document's {@code applications}). */
    long applications() {
        long sum = 0;
        for (Document d : counted.find().projection(Projections.include("applications"))) {
            sum += d.get("applications") instanceof Number n ? n.longValue() : 1;
        }
        return sum;
    }

    long distinctCountedEvents() {
        return ids(counted, "eventId").size();
    }

    private static Set<String> ids(MongoCollection<Document> collection, String field) {
        Set<String> ids = new HashSet<>();
        for (Document d : collection.find().projection(Projections.include(field))) {
            ids.add(String.valueOf(d.get(field)));
        }
        return ids;
    }

    /**
     * Waits (at most {@code atMost}) until {@code events} effects are in the read model, no event is left in an
     * outbox and the counting group's lag is zero; returns how long that took, in seconds.
     */
    double awaitAllApplied(int events, BrokerView broker, String group, Duration atMost) {
        long since = System.nanoTime();
        await().atMost(atMost)
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> effects() >= events && pendingEvents() == 0 && broker.lag(group) == 0);
        return (System.nanoTime() - since) / 1e9;
    }

    /** Every enrolment written is in the read model once: no effect twice, none missing. */
    void assertEveryEnrolmentAppliedOnce(int events) {
        assertThat(enrolments()).as("enrolments written").isEqualTo(events);
        assertThat(effects()).as("effects in the read model").isEqualTo(events);
        assertThat(distinctCountedEvents()).as("distinct events applied").isEqualTo(events);
        assertThat(countedEnrolments()).as("enrolments applied").isEqualTo(enrolmentIds());
    }

    @Override
    public void close() {
        client.close();
    }
}
