package london.sanctuary.platform.messaging;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Readiness of the broker: the cluster answers a describe within two seconds. */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements AutoCloseable {

    private final Admin admin;

    public KafkaHealthIndicator(Map<String, Object> adminConfig) {
        super("Kafka cluster did not answer");
        this.admin = Admin.create(adminConfig);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                .nodes()
                .get(3, TimeUnit.SECONDS)
                .size();
        builder.status(brokers > 0 ? "UP" : "DOWN").withDetail("brokers", brokers);
    }

    @Override
    public void close() {
        admin.close();
    }
}
