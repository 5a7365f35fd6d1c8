package london.sanctuary.platform;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import london.sanctuary.contracts.ConsumerGroups;
import london.sanctuary.contracts.Topics;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The settings every service shares, as lowest-precedence defaults a service or deployment may
 * override. Also derives {@code sanctuary.topics.<service>}: the borough topics of each service for
 * the boroughs served, for consumer bindings to name as their destination.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    /** Loggers whose warnings say nothing an operator acts on; the local platform's logback.xml names them too. */
    static final List<String> NO_NEWS = List.of(
            "org.apache.kafka.clients.consumer.internals.OffsetFetcherUtils",
            "org.springframework.context.support.PostProcessorRegistrationDelegate$BeanPostProcessorChecker",
            "org.springdoc.core.events.SpringDocAppInitializer");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String service = env.getProperty("sanctuary.service");
        if (service == null) {
            return;
        }
        String boroughs = env.getProperty("sanctuary.boroughs", "");
        Map<String, Object> defaults = new LinkedHashMap<>(shared(service));
        defaults.putAll(groups(service, env.getProperty("sanctuary.deployment"), boroughs));
        if (env.getProperty("sanctuary.logging.json", Boolean.class, false)) {
            // One JSON object a line (Elastic Common Schema), with the MDC: borough, eventId, traceId, spanId.
            defaults.put("logging.structured.format.console", "ecs");
        }
        for (String topicService : Topics.BOROUGH_SERVICES) {
            defaults.put(
                    "sanctuary.topics." + topicService,
                    Arrays.stream(boroughs.split(","))
                            .map(String::trim)
                            .filter(b -> !b.isEmpty())
                            .map(b -> Topics.borough(b, topicService))
                            .collect(Collectors.joining(",")));
        }
        defaults.put(
                "sanctuary.topics." + Topics.CONSENT_STATE,
                Arrays.stream(boroughs.split(","))
                        .map(String::trim)
                        .filter(b -> !b.isEmpty())
                        .map(Topics::consentState)
                        .collect(Collectors.joining(",")));
        defaults.put("sanctuary.topics.exchange", Topics.EXCHANGE_REFERRALS);
        defaults.put("sanctuary.topics.facts", Topics.GLA_FACTS);
        env.getPropertySources().addLast(new MapPropertySource("sanctuaryPlatformDefaults", defaults));
    }

    /**
     * A consumer group per service and deployment, the deployment named by the boroughs it serves unless
     * {@code sanctuary.deployment} names it ({@link ConsumerGroups}): two boroughs' deployments on the shared
     * exchange topic must not share a group, or they split its partitions and each misses referrals addressed to it.
     * Two bindings of one service on the same topic must not share a group either (the consent ledger's).
     */
    private static Map<String, Object> groups(String service, String named, String boroughs) {
        if (boroughs.isBlank()) {
            return Map.of(); // ServedBoroughs refuses to start a service that serves no borough, and says why
        }
        String deployment = ConsumerGroups.deployment(named, List.of(boroughs.split(",")));
        return Map.of(
                "spring.cloud.stream.default.group", ConsumerGroups.group(service, deployment),
                "spring.cloud.stream.bindings.consentLedgerIn-in-0.group",
                        ConsumerGroups.group(service, ConsumerGroups.CONSENT_LEDGER, deployment));
    }

    private static Map<String, Object> shared(String service) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("spring.application.name", service);
        d.put("spring.jmx.enabled", "false");
        // Borough data lives in <service>_<borough>; the default database holds nothing of a borough.
        d.put("spring.mongodb.database", service);
        d.put("spring.mvc.problemdetails.enabled", "true");
        d.put("spring.jackson.deserialization.fail-on-unknown-properties", "true");
        // The body gate (input.BodyGate) caps JSON and forms itself; multipart bodies are capped by Spring.
        d.put("spring.servlet.multipart.max-request-size", "${sanctuary.requests.max-multipart-body:1MB}");
        d.put("spring.servlet.multipart.max-file-size", "${sanctuary.requests.max-multipart-body:1MB}");
        // Behind a TLS-terminating proxy, X-Forwarded-Proto says the request came over TLS, so HSTS is sent and
        // redirects stay https. Tomcat's RemoteIpValve believes it only from internal (private-range) addresses.
        d.put("server.forward-headers-strategy", "native");
        d.put("server.error.include-stacktrace", "never");
        d.put("server.error.include-message", "never");
        d.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        d.put("management.endpoint.health.probes.enabled", "true");
        d.put("management.endpoint.health.show-components", "always");
        d.put("management.endpoint.health.group.readiness.include", "readinessState,mongo,kafka");
        d.put("management.metrics.tags.service", service);
        d.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
        // Every request and event traced (the platform's volume is small); nothing exported unless
        // management.opentelemetry.tracing.export.otlp.endpoint names a collector.
        d.put("management.tracing.sampling.probability", "1.0");
        // Consumers are bound only when a service lists them in spring.cloud.function.definition: guessing
        // would bind any lone Function bean (the dead-letter resolver is one) to a made-up topic.
        d.put("spring.cloud.stream.function.autodetect", "false");
        // The ledger reads the consent events and the compacted consent-state topic, which outlives their retention:
        // a group new to it (a new service, or one deployed before it) reads it from the start (decision 0052).
        d.put(
                "spring.cloud.stream.bindings.consentLedgerIn-in-0.destination",
                "${sanctuary.topics.consent},${sanctuary.topics.consent-state}");
        // One Kafka consumer per binding, over all its borough topics: without this the binder starts a consumer
        // (a thread, buffers and a member of the same group, rebalancing it on each join) per topic, per borough.
        d.put("spring.cloud.stream.default.consumer.multiplex", "true");
        // A poll is one batch (messaging.EventBatches, decision 0054): consumers take Message<List<byte[]>>, a failed
        // record fails alone. The consent ledger keeps a record at a time: its tombstones are records without a value.
        d.put("spring.cloud.stream.default.consumer.batch-mode", "true");
        d.put("spring.cloud.stream.bindings.consentLedgerIn-in-0.consumer.batch-mode", "false");
        d.put("spring.cloud.stream.kafka.default.consumer.configuration.max.poll.records", "500");
        // A consumer thread per partition the instance owns: every topic has PARTITIONS (the binder takes no more
        // threads than the partitions it is given, so a smaller deployment's instance does not idle threads).
        d.put("spring.cloud.stream.default.consumer.concurrency", String.valueOf(Topics.PARTITIONS));
        d.put("spring.cloud.stream.default.consumer.max-attempts", "3");
        d.put("spring.cloud.stream.default.consumer.back-off-initial-interval", "200");
        d.put("spring.cloud.stream.default.consumer.back-off-max-interval", "2000");
        d.put("spring.cloud.stream.kafka.default.consumer.enable-dlq", "true");
        // Topics are made where the platform runs: infra's KafkaTopic resources, the local platform's TopicCreator,
        // the test broker on first use. Else the binder, at every start, opens an admin client for each borough topic
        // a binding reads and makes an error.<topic>.<group> topic beside it, which no record reaches (dead letters
        // go to <topic>.dlq, ConsumerRetries): 432 topics at 33 boroughs, and 11 s of the platform's start.
        d.put("spring.cloud.stream.kafka.binder.auto-create-topics", "false");
        d.put("spring.cloud.stream.kafka.default.consumer.start-offset", "earliest");
        d.put("spring.kafka.producer.acks", "all");
        // Kafka's clients report every metric to JMX as well, an MBean per metric, topic and partition (thousands at 33
        // boroughs, each waking every context's Tomcat metrics listener), and ready them to push to a broker that asks
        // for none (KIP-714): 7 % of the CPU of a 33-borough start. Micrometer reads the clients' metrics directly.
        d.put("spring.kafka.properties.metric.reporters", "");
        d.put("spring.kafka.properties.enable.metrics.push", "false");
        // The store's circuit breaker (StoreCircuitBreaker): open after half of the last ten requests met
        // an unreachable store, refuse at once for five seconds, then let two through to try it.
        String store = "resilience4j.circuitbreaker.instances.store.";
        d.put(store + "sliding-window-type", "COUNT_BASED");
        d.put(store + "sliding-window-size", "10");
        d.put(store + "minimum-number-of-calls", "4");
        d.put(store + "failure-rate-threshold", "50");
        d.put(store + "wait-duration-in-open-state", "5s");
        d.put(store + "permitted-number-of-calls-in-half-open-state", "2");
        d.put("springdoc.swagger-ui.path", "/swagger-ui.html");
        // The API and the public paths: the staff pages (a signed-in session, not a bearer token) and /error are
        // no part of the API. Who to ask, and on what terms, unless a deployment says otherwise (openapi package).
        d.put("springdoc.paths-to-match", "/api/**,/public/**");
        d.put("springdoc.open-api.info.contact.name", "Sanctuary Exchange");
        d.put("springdoc.open-api.info.contact.url", "https://sanctuary.london");
        d.put("springdoc.open-api.info.license.name", "Proprietary: the participating London boroughs and the GLA");
        d.put("springdoc.open-api.info.license.identifier", "LicenseRef-Proprietary");
        // Client libraries log every connection and config dump at INFO; keep the service's own lines readable.
        for (String chatty : List.of(
                "org.apache.kafka", "kafka", "state.change.logger", "org.mongodb.driver", "de.bwaldvogel.mongo")) {
            d.put("logging.level." + chatty, "WARN");
        }
        // Warnings that are no news: the binder's lag metric reads offsets with a consumer that is assigned
        // nothing (a line per partition a minute), Spring Cloud Stream's early beans, and that the OpenAPI
        // description is on, which it is on purpose.
        for (String noNews : NO_NEWS) {
            d.put("logging.level." + noNews, "ERROR");
        }
        return d;
    }
}
