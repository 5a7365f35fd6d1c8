package london.sanctuary.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.local.auth.AuthorizationServer;
import london.sanctuary.local.auth.DemoClient;
import london.sanctuary.local.broker.KafkaBroker;
import london.sanctuary.local.services.HostedServices;
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
     * The properties only some services get, by service name, over {@link #properties()}, all local, on {@code
     * ports} by service name: the actions service looks up contact details in the consent service; the referrals
     * service reaches the consent service too, the feedback service (linked answers at sending), every borough's key
     * release at the referrals service (one instance serves
     * them all), and is given each borough's key pair ({@code referralKeys}); the consent service reaches engagement
     * for the person's sessions on their own page. All three call with each borough's demo
     * service client (client credentials at the local authorization server; LOCAL ONLY secrets). The dashboard's
     * sign-in page exchanges client credentials at the same token endpoint. Consent and referrals keep their keyrings
     * (the epochs of their key-encryption keys) in {@code keyrings/<service>}.
     */
    Map<String, Map<String, Object>> serviceProperties(
            Map<String, Integer> ports, Map<String, Object> referralKeys, java.nio.file.Path keyrings) {
        int consentPort = ports.get("consent");
        int feedbackPort = ports.get("feedback");
        int referralsPort = ports.get("referrals");
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
        Map<String, Object> consent = serviceClients();
        consent.put(KEYRING, keyrings.resolve("consent").toString());
        consent.put("sanctuary.consent.sessions.engagement-url", "http://localhost:" + ports.get("engagement"));
        for (String holder : List.of("feedback", "actions", "referrals")) {
            consent.put("sanctuary.consent.their-data.urls." + holder, "http://localhost:" + ports.get(holder));
        }
        // the personal links it issues (and prints on cards) open its own pages, on whatever port it has here
        consent.put("sanctuary.consent.personal-link.public-base-url", "http://localhost:" + consentPort);
        return Map.of(
                "consent",
                consent,
                "actions",
                actions,
                "referrals",
                referrals,
                LocalPlatform.WORKSPACE,
                workspace(ports));
    }

    /** The workspace signs staff in at the authorization server and calls each service where it runs. */
    private Map<String, Object> workspace(Map<String, Integer> ports) {
        Map<String, Object> workspace = new LinkedHashMap<>();
        workspace.put("sanctuary.workspace.issuer", auth.issuer());
        workspace.put("sanctuary.workspace.cards.secret", "local-only-card-secret-not-for-real-use");
        HostedServices.ALL.stream()
                .filter(service -> !service.name().equals(LocalPlatform.WORKSPACE))
                .forEach(service -> workspace.put(
                        "sanctuary.workspace.services." + service.name(),
                        "http://localhost:" + ports.get(service.name())));
        return workspace;
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
