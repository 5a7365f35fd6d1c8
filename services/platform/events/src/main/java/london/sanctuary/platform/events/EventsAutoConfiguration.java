package london.sanctuary.platform.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.util.Map;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.lease.Leases;
import london.sanctuary.platform.messaging.ConsumerRetries;
import london.sanctuary.platform.messaging.ConsumerSpans;
import london.sanctuary.platform.messaging.DeadLetters;
import london.sanctuary.platform.messaging.KafkaHealthIndicator;
import london.sanctuary.platform.outbox.OutboxMetrics;
import london.sanctuary.platform.outbox.OutboxRelay;
import london.sanctuary.platform.outbox.OutboxSettings;
import london.sanctuary.platform.store.BoroughStores;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Nothing lost, nothing twice: the outbox relay ({@code sanctuary.outbox.*}), the inbox, consumer retries and dead
 * letters, and the Kafka health check. Events travel as CloudEvents ({@code messaging.CloudEventRecords}).
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "london.sanctuary.platform.store.StoreAutoConfiguration",
            "london.sanctuary.platform.lease.LeaseAutoConfiguration"
        })
@ConditionalOnProperty("sanctuary.service")
@EnableConfigurationProperties(OutboxSettings.class)
public class EventsAutoConfiguration {

    @Bean(destroyMethod = "close")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
        return new KafkaHealthIndicator(kafka.buildAdminProperties());
    }

    @Bean(destroyMethod = "close")
    Producer<String, byte[]> outboxProducer(KafkaProperties kafka, @Value("${sanctuary.service}") String service) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, service + "-outbox");
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @Bean
    OutboxRelay outboxRelay(
            @Value("${sanctuary.service}") String service,
            BoroughStores stores,
            OutboxSettings settings,
            Producer<String, byte[]> outboxProducer,
            MeterRegistry registry,
            Clock clock,
            Leases leases) {
        return new OutboxRelay(service, stores, settings, outboxProducer, new OutboxMetrics(registry), clock, leases);
    }

    @Bean
    Inbox inbox(
            BoroughStores stores, Clock clock, ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new Inbox(
                stores,
                clock,
                new ConsumerSpans(
                        tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP)));
    }

    @Bean
    ConsumerRetries consumerRetries(KafkaProperties kafka, DeadLetters deadLetters) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters");
        return new ConsumerRetries(
                new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                        config, new ByteArraySerializer(), new ByteArraySerializer())),
                deadLetters);
    }

    @Bean
    DeadLetters deadLetters(MeterRegistry registry) {
        return new DeadLetters(registry);
    }
}
