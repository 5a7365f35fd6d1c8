package london.sanctuary.consent;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The service clients (client credentials) of Newham and Barnet for the tests whose other services are a stand-in
 * over real HTTP: the stand-in at {@code base} issues the token at {@code /oauth2/token}.
 */
final class StandInServiceClient {

    private StandInServiceClient() {}

    static void register(DynamicPropertyRegistry properties, String base) {
        for (String borough : new String[] {"newham", "barnet"}) {
            String registration = "spring.security.oauth2.client.registration." + borough + "-service.";
            properties.add(registration + "client-id", () -> "consent-" + borough);
            properties.add(registration + "client-secret", () -> "stand-in");
            properties.add(registration + "authorization-grant-type", () -> "client_credentials");
            properties.add(registration + "provider", () -> "stand-in");
        }
        properties.add("spring.security.oauth2.client.provider.stand-in.token-uri", () -> base + "/oauth2/token");
    }
}
