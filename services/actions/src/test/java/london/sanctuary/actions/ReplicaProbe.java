package london.sanctuary.actions;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import java.util.Date;
import london.sanctuary.platform.schedule.PeriodicJob;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A sweep as the service's own are (a {@link PeriodicJob} bean, so the platform gives it its lease), which writes
 * each run, with the replica that ran it and when it began and ended, to {@code probe.runs} in the shared store.
 * Not a {@code @Configuration}: the service's component scan would put it in every test context of the service;
 * the replicas test names it as a source.
 */
class ReplicaProbe {

    static final String DATABASE = "probe";
    static final String RUNS = "runs";

    @Bean
    PeriodicJob replicaProbeJob(MongoClient client, @Value("${replica.name}") String replica) {
        MongoTemplate store = new MongoTemplate(client, DATABASE);
        return PeriodicJob.every("replica-probe", Duration.ofMillis(150), () -> {
            Date began = new Date();
            store.insert(new Document("replica", replica).append("began", began).append("ended", new Date()), RUNS);
        });
    }
}
