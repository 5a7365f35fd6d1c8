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

    private static final String KEYRING = "sanctuary.keyring.location";

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
     * The properties only some services get, by service name, over {@link #properties()}, all local: the actions
     * service looks up contact details in the consent service at {@code consentPort}; the referrals service reaches
     * the consent service there too, the feedback service (linked answers at sending) at {@code feedbackPort}, every
     * borough's key release at {@code referralsPort} (one instance serves
     * them all), and is given each borough's key pair ({@code referralKeys}). Both call with each borough's demo
     * service client (client credentials at the local authorization server; LOCAL ONLY secrets). The dashboard's
     * sign-in page exchanges client credentials at the same token endpoint. Consent and referrals keep their keyrings
     * (the epochs of their key-encryption keys) in {@code keyrings/<service>}.
     */
    Map<String, Map<String, Object>> serviceProperties(
            int consentPort,
            int feedbackPort,
            int referralsPort,
            Map<String, Object> referralKeys,
            java.nio.file.Path keyrings) {
        Map<String, Object> actions = serviceClients();
        actions.put("sanctuary.actions.consent-url", "http://localhost:" + consentPort);
        Map<String, Object> referrals = serviceClients();
        referrals.put("sanctuary.referrals.consent-url", "http://localhost:" + consentPort);
        referrals.put("sanctuary.referrals.feedback-url", "http://localhost:" + feedbackPort);
        for (String borough : boroughs) {
            referrals.put("sanctuary.referrals.exchange." + borough, "http://localhost:" + referralsPort);
        }
        referrals.putAll(referralKeys);
        referrals.put(KEYRING, keyrings.resolve("referrals").toString());
        return Map.of(
                "consent",
                Map.of(KEYRING, keyrings.resolve("consent").toString()),
                "actions",
                actions,
                "referrals",
                referrals,
                "dashboard",
                Map.of("sanctuary.dashboard.token-uri", auth.tokenUri()));
    }

    /** Each borough's demo service client as an OAuth2 client registration, and the token endpoint. */
    private Map<String, Object> serviceClients() {
        Map<String, Object> clients = new LinkedHashMap<>();
        clients.put("sanctuary.security.token-uri", auth.tokenUri());
        String registrations = "spring.security.oauth2.client.registration.";
        for (String borough : boroughs) {
            DemoClient.serviceOf(borough).ifPresent(client -> {
                String registration = registrations + client.clientId() + ".";
                clients.put(registration + "client-id", client.clientId());
                clients.put(registration + "client-secret", client.secret());
                clients.put(registration + "authorization-grant-type", "client_credentials");
                clients.put(registration + "provider", "sanctuary-local");
            });
        }
        clients.put("spring.security.oauth2.client.provider.sanctuary-local.token-uri", auth.tokenUri());
        return clients;
    }
}
