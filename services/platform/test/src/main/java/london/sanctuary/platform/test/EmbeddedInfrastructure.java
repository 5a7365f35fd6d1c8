package london.sanctuary.platform.test;

import de.bwaldvogel.mongo.MongoServer;
import london.sanctuary.platform.embedded.EmbeddedStores;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker (KRaft, in this JVM) and one MongoDB-wire-protocol server per test JVM, both
 * reached over the network like the real thing; the server's non-unique indexes answer queries
 * ({@link EmbeddedStores}, as on the local platform). Started on first use; they end with the test JVM.
 */
public final class EmbeddedInfrastructure {

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static String mongoUri;

    private EmbeddedInfrastructure() {}

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.brokerProperty("auto.create.topics.enable", "true");
            kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
            // The log cleaner looks for work every half second (15 s by default), so a test can see a compacted topic
            // compacted (the consent-state topic: an erased person's states and tombstones gone, decision 0052).
            kafka.brokerProperty("log.cleaner.backoff.ms", "500");
            kafka.afterPropertiesSet();
            // No shutdown hook: stopping the broker while the test contexts' consumers close (their own
            // hook runs at the same time) makes them wait out their timeouts, and the JVM with them.
        }
        return kafka.getBrokersAsString();
    }

    public static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = new MongoServer(EmbeddedStores.inMemory());
            mongoUri = mongo.bindAndGetConnectionString();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow, "embedded-mongo-stop"));
        }
        return mongoUri;
    }
}
