package london.sanctuary.proof.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.LocalDate;
import java.util.Optional;
import london.sanctuary.dashboard.figures.Counted;
import london.sanctuary.dashboard.figures.Dimension;
import london.sanctuary.dashboard.figures.FindCounts;
import london.sanctuary.dashboard.figures.persistence.MongoCounters;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The dashboard's read model in the platform's store, through the dashboard's own {@link MongoCounters}: what the
 * benchmarks read to see each fact counted (the API publishes only rounded, suppressed figures) and how the scale
 * benchmark writes counters the way the facts consumer does.
 */
final class DashboardStore implements AutoCloseable {

    /** The database the local platform gives the dashboard ({@code mongodb://…/dashboard}). */
    private static final String DATABASE = "dashboard";

    private final MongoClient client;
    private final MongoTemplate mongo;
    private final MongoCounters counters;

    DashboardStore(String mongoUri) {
        this.client = MongoClients.create(mongoUri);
        this.mongo = new MongoTemplate(client, DATABASE);
        this.counters = new MongoCounters(mongo, "");
    }

    MongoCounters counters() {
        return counters;
    }

    /** The true total of one dimension's counters from {@code from} to {@code to}, optionally in one borough. */
    long total(Dimension dimension, LocalDate from, LocalDate to, Optional<String> borough) {
        return counters.find(dimension, new FindCounts(from, to, borough, Optional.empty())).stream()
                .mapToLong(Counted::count)
                .sum();
    }

    /** How many counter documents there are: one per period and borough (decision 0056). */
    long counterDocuments() {
        return mongo.getCollection("period_counters").countDocuments();
    }

    /** How many facts the consumer has applied (their ids are kept to drop redeliveries). */
    long factsApplied() {
        return mongo.getCollection("seen_facts").countDocuments();
    }

    @Override
    public void close() {
        client.close();
    }
}
