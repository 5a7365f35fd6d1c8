package london.sanctuary.platform.lag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import javax.management.ObjectName;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A service's Kafka clients report their metrics to Micrometer alone: no MBean per metric, topic and partition, which
 * at 33 boroughs made thousands of them at every start, each waking every context's Tomcat metrics listener.
 */
@SanctuaryIntegrationTest
class KafkaClientMetricsIntegrationTests {

    @Autowired
    MeterRegistry registry;

    @Value("${spring.cloud.stream.default.group}")
    String group;

    @Test
    void theConsumersMetricsReachMicrometerAndNoneIsAnMBean() throws Exception {
        // when the service's consumers run
        await().atMost(Duration.ofSeconds(60)).until(() -> !consumerMeters().isEmpty());

        // then their metrics are in the registry, and nothing of theirs is registered with JMX
        assertThat(consumerMeters())
                .extracting(meter -> meter.getId().getTag("client.id"))
                .anyMatch(client -> client.contains(group));
        assertThat(ManagementFactory.getPlatformMBeanServer().queryNames(new ObjectName("kafka.consumer:*"), null))
                .extracting(name -> String.valueOf(name.getKeyProperty("client-id")))
                .noneMatch(client -> client.contains(group));
    }

    private List<Meter> consumerMeters() {
        return registry.getMeters().stream()
                .filter(meter -> meter.getId().getName().startsWith("kafka.consumer."))
                .filter(meter -> meter.getId().getTag("client.id") != null)
                .toList();
    }
}
