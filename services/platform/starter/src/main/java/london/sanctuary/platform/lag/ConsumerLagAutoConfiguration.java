package london.sanctuary.platform.lag;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import java.time.Duration;
import london.sanctuary.platform.messaging.ConsumerLagGauges;
import london.sanctuary.platform.schedule.PeriodicJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binding.BindingService;
import org.springframework.context.annotation.Bean;

/**
 * Consumer lag at a cost that does not grow with the boroughs: the platform's {@link ConsumerLagGauges}, refreshed
 * every {@code sanctuary.consumer-lag.interval} (default a minute) by one job, in place of the Kafka binder's gauge
 * and its thread per topic (decision 0057).
 */
@AutoConfiguration(afterName = "org.springframework.cloud.stream.config.BindingServiceConfiguration")
@ConditionalOnProperty("sanctuary.service")
public class ConsumerLagAutoConfiguration {

    @Bean
    MeterFilter binderLagOff() {
        return ConsumerLagGauges.binderLagOff();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnBean(BindingService.class)
    ConsumerLagGauges consumerLagGauges(KafkaProperties kafka, BindingService bindings, MeterRegistry registry) {
        return new ConsumerLagGauges(kafka.buildAdminProperties(), bindings, registry);
    }

    @Bean
    @ConditionalOnBean(ConsumerLagGauges.class)
    PeriodicJob consumerLag(
            ConsumerLagGauges gauges, @Value("${sanctuary.consumer-lag.interval:PT1M}") Duration interval) {
        return PeriodicJob.every("consumer-lag", interval, gauges::refresh);
    }
}
