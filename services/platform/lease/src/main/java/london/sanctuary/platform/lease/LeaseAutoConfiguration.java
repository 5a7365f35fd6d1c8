package london.sanctuary.platform.lease;

import com.mongodb.client.MongoClient;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The service's {@link Leases} ({@code sanctuary.lease.*}) in the database {@code sanctuary.lease.database}
 * ({@code <service>_leases}; every replica of a service must name the same), held by this
 * process under a name of its own: the host's (the pod's, in Kubernetes) and a random suffix.
 */
@AutoConfiguration(afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
@ConditionalOnProperty("sanctuary.service")
@EnableConfigurationProperties(LeaseSettings.class)
public class LeaseAutoConfiguration {

    @Bean
    Leases leases(
            @Value("${sanctuary.service}") String service,
            @Value("${sanctuary.lease.database:${sanctuary.service}_leases}") String database,
            MongoClient client,
            LeaseSettings settings,
            ObjectProvider<Clock> clock) {
        String host = System.getenv().getOrDefault("HOSTNAME", "replica");
        String holder =
                service + "@" + host + "/" + UUID.randomUUID().toString().substring(0, 8);
        return new MongoLeases(
                new MongoTemplate(client, database), holder, settings, clock.getIfAvailable(Clock::systemUTC));
    }
}
