package london.sanctuary.local;

import java.util.List;
import java.util.Map;
import london.sanctuary.local.auth.AuthorizationServer;
import london.sanctuary.local.broker.KafkaBroker;
import london.sanctuary.local.store.DocumentStore;

/** Where the shared infrastructure is, as every hosted service is told. */
record PlatformWiring(List<String> boroughs, KafkaBroker broker, DocumentStore store, AuthorizationServer auth) {

    /** The properties each service context gets, over its own configuration. */
    Map<String, Object> properties() {
        return Map.of(
                "sanctuary.boroughs", String.join(",", boroughs),
                "spring.kafka.bootstrap-servers", broker.bootstrapServers(),
                "spring.cloud.stream.kafka.binder.brokers", broker.bootstrapServers(),
                "spring.mongodb.uri", store.connectionString(),
                "sanctuary.security.issuer", auth.issuer(),
                "sanctuary.security.jwk-set-uri", auth.jwkSetUri(),
                "sanctuary.security.audience", AuthorizationServer.AUDIENCE,
                "spring.jmx.enabled", false,
                "server.address", "localhost");
    }
}
