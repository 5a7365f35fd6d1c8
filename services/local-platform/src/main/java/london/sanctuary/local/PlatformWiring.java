package london.sanctuary.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.local.auth.AuthorizationServer;
import london.sanctuary.local.auth.DemoClient;
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

    /**
     * The properties only some services get, by service name, over {@link #properties()}: the actions service
     * looks up contact details in the consent service at {@code consentPort}, with each borough's demo service
     * client (client credentials at the local authorization server; LOCAL ONLY secrets); the dashboard's sign-in
     * page exchanges client credentials at the same token endpoint.
     */
    Map<String, Map<String, Object>> serviceProperties(int consentPort) {
        Map<String, Object> actions = new LinkedHashMap<>();
        actions.put("sanctuary.actions.consent-url", "http://localhost:" + consentPort);
        actions.put("sanctuary.security.token-uri", auth.tokenUri());
        String registrations = "spring.security.oauth2.client.registration.";
        for (String borough : boroughs) {
            DemoClient.serviceOf(borough).ifPresent(client -> {
                String registration = registrations + client.clientId() + ".";
                actions.put(registration + "client-id", client.clientId());
                actions.put(registration + "client-secret", client.secret());
                actions.put(registration + "authorization-grant-type", "client_credentials");
                actions.put(registration + "provider", "sanctuary-local");
            });
        }
        actions.put("spring.security.oauth2.client.provider.sanctuary-local.token-uri", auth.tokenUri());
        // the dashboard's sign-in page exchanges the demo clients' credentials for tokens here
        return Map.of("actions", actions, "dashboard", Map.of("sanctuary.dashboard.token-uri", auth.tokenUri()));
    }
}
