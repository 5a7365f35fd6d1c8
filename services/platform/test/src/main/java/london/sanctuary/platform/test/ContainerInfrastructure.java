package london.sanctuary.platform.test;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** Real Kafka and MongoDB containers, for machines with a Docker engine; one pair per test JVM. */
public final class ContainerInfrastructure {

    private static KafkaContainer kafka;
    private static MongoDBContainer mongo;

    private ContainerInfrastructure() {}

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = new KafkaContainer("apache/kafka:4.1.2");
            kafka.start();
        }
        return kafka.getBootstrapServers();
    }

    public static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = new MongoDBContainer("mongo:7");
            mongo.start();
        }
        return mongo.getReplicaSetUrl();
    }
}
