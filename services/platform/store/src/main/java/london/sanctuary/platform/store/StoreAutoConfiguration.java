package london.sanctuary.platform.store;

import com.mongodb.client.MongoClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.concurrent.TimeUnit;
import london.sanctuary.platform.borough.ServedBoroughs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One database per borough ({@link BoroughStores}), short timeouts ({@code sanctuary.store.*}), the circuit breaker
 * {@code store} around every request, its 503 ({@link StoreUnavailable}) and a health check by ping.
 */
@AutoConfiguration(
        afterName = {
            "io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"
        },
        beforeName = {
            "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"
        })
@ConditionalOnProperty("sanctuary.service")
@EnableConfigurationProperties(StoreSettings.class)
public class StoreAutoConfiguration {

    @Bean
    BoroughStores boroughStores(
            @Value("${sanctuary.service}") String service,
            ServedBoroughs served,
            MongoClient client,
            MongoConverter converter) {
        return new BoroughStores(service, served, client, converter);
    }

    @Bean
    MongoClientSettingsBuilderCustomizer storeTimeouts(StoreSettings settings) {
        return client -> client.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        settings.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket ->
                        socket.connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }

    @Bean
    StoreCircuitBreaker storeCircuitBreaker(CircuitBreakerRegistry registry) {
        return new StoreCircuitBreaker(registry.circuitBreaker("store"));
    }

    @Bean
    StoreUnavailable storeUnavailable(StoreCircuitBreaker storeBreaker) {
        return new StoreUnavailable(storeBreaker);
    }

    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoClient client) {
        return new MongoPingHealthIndicator(client);
    }

    /** The breaker first of all interceptors, so that while it is open nothing else waits for the store. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebMvcConfigurer storeBreaking(StoreCircuitBreaker storeBreaker) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(storeBreaker).excludePathPatterns("/actuator/**", "/error");
            }
        };
    }
}
