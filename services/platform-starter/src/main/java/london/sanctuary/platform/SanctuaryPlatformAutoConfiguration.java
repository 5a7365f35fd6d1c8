package london.sanctuary.platform;

import com.mongodb.client.MongoClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import london.sanctuary.platform.borough.BoroughScope;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.consent.ConsentLedgerConsumer;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.input.BodyBounds;
import london.sanctuary.platform.input.BodyGate;
import london.sanctuary.platform.input.Refusals;
import london.sanctuary.platform.input.RequestLimits;
import london.sanctuary.platform.input.StrictJson;
import london.sanctuary.platform.messaging.ConsumerRetries;
import london.sanctuary.platform.messaging.DeadLetters;
import london.sanctuary.platform.messaging.KafkaHealthIndicator;
import london.sanctuary.platform.outbox.OutboxMetrics;
import london.sanctuary.platform.outbox.OutboxRelay;
import london.sanctuary.platform.outbox.OutboxSettings;
import london.sanctuary.platform.pages.GovukFrontendAssets;
import london.sanctuary.platform.pages.signin.PageSecurity;
import london.sanctuary.platform.problem.ProblemAdvice;
import london.sanctuary.platform.problem.ProblemErrorController;
import london.sanctuary.platform.problem.ProblemReportValve;
import london.sanctuary.platform.problem.WildcardContentType;
import london.sanctuary.platform.security.SecurityConfiguration;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.store.MongoPingHealthIndicator;
import london.sanctuary.platform.store.StoreCircuitBreaker;
import london.sanctuary.platform.store.StoreSettings;
import org.apache.catalina.core.StandardHost;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.Message;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every service gets by depending on the starter and naming itself in {@code sanctuary.service}:
 * borough scoping, JWT security, per-borough stores, the outbox relay, the inbox, dead letters,
 * problem+json errors and a store health check that works on MongoDB and the embedded server alike.
 */
@AutoConfiguration(
        afterName = {
            "io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"
        },
        beforeName = {
            "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"
        })
@ConditionalOnProperty("sanctuary.service")
@EnableConfigurationProperties({OutboxSettings.class, StoreSettings.class, RequestLimits.class})
@Import({
    SecurityConfiguration.class,
    PageSecurity.class,
    ProblemAdvice.class,
    ProblemErrorController.class,
    BodyBounds.class
})
public class SanctuaryPlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Tomcat's own refusals, before the application sees a request, as problems too ({@link ProblemReportValve}). */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Request bodies read as typed, never coerced ({@link StrictJson}). */
    @Bean
    StrictJson strictJson() {
        return new StrictJson();
    }

    @Bean
    @ConditionalOnMissingBean
    Refusals refusals() {
        return (request, response, problem) -> Refusals.asProblem(response, problem);
    }

    /** Before anything reads a body, the security chain's CSRF check included: caps and strict UTF-8. */
    @Bean
    FilterRegistrationBean<BodyGate> bodyGate(RequestLimits limits, Refusals refusals) {
        FilterRegistrationBean<BodyGate> registration = new FilterRegistrationBean<>(new BodyGate(limits, refusals));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    ServedBoroughs servedBoroughs(@Value("${sanctuary.boroughs}") String[] boroughs) {
        return new ServedBoroughs(java.util.List.of(boroughs));
    }

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
    MongoPingHealthIndicator mongoHealthIndicator(MongoClient client) {
        return new MongoPingHealthIndicator(client);
    }

    @Bean
    @ConditionalOnResource(resources = "classpath:META-INF/resources/webjars/govuk-frontend")
    GovukFrontendAssets govukFrontendAssets() {
        return new GovukFrontendAssets();
    }

    @Bean(destroyMethod = "close")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
        return new KafkaHealthIndicator(kafka.buildAdminProperties());
    }

    @Bean
    WebMvcConfigurer boroughScoping(ServedBoroughs served, StoreCircuitBreaker storeBreaker) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(storeBreaker).excludePathPatterns("/actuator/**", "/error");
                registry.addInterceptor(new BoroughScope(served)).addPathPatterns("/api/boroughs/**", "/boroughs/**");
                registry.addInterceptor(new WildcardContentType());
            }
        };
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
            Clock clock) {
        return new OutboxRelay(service, stores, settings, outboxProducer, new OutboxMetrics(registry), clock);
    }

    @Bean
    Inbox inbox(BoroughStores stores, Clock clock) {
        return new Inbox(stores, clock);
    }

    @Bean
    @ConditionalOnProperty("sanctuary.consent-ledger.enabled")
    ConsentLedger consentLedger(BoroughStores stores, ApplicationEventPublisher announcer) {
        return new ConsentLedger(stores, announcer);
    }

    @Bean
    @ConditionalOnProperty("sanctuary.consent-ledger.enabled")
    Consumer<Message<byte[]>> consentLedgerIn(ConsentLedger ledger) {
        return new ConsentLedgerConsumer(ledger);
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
