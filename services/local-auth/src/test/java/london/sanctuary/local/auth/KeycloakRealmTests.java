package london.sanctuary.local.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Keycloak realm of docker-compose ({@code infra/keycloak/sanctuary-realm.json}) and this local authorization
 * server are two identity models of one platform: the same demo users, with the same borough and roles, and each
 * staff sign-in application a client with PKCE and back-channel logout. This test keeps them from drifting apart.
 */
class KeycloakRealmTests {

    private static final Path REALM = Path.of("../../infra/keycloak/sanctuary-realm.json");

    @Test
    void everyDemoUserIsInTheRealmWithTheSameNameBoroughAndRoles() throws Exception {
        // given the realm
        Map<String, Object> realm = realm();

        // when each demo user is looked up there, their borough and roles read from their groups
        for (DemoUser demo : DemoUser.ALL) {
            Map<String, Object> user = find(realm, "users", "username", demo.username())
                    .orElseThrow(() -> new AssertionError(demo.username() + " is not in the Keycloak realm"));
            List<Map<String, Object>> groups = strings(user.get("groups")).stream()
                    .map(path -> group(realm, path))
                    .toList();

            // then they match
            assertThat(user.get("firstName") + " " + user.get("lastName"))
                    .as(demo.username())
                    .isEqualTo(demo.name());
            assertThat(groups.stream()
                            .flatMap(g -> strings(map(g.get("attributes")).get("borough")).stream())
                            .findFirst())
                    .as(demo.username())
                    .isEqualTo(demo.borough());
            assertThat(groups.stream().flatMap(g -> strings(g.get("realmRoles")).stream()))
                    .as(demo.username())
                    .containsExactlyInAnyOrderElementsOf(demo.roles());
            assertThat(strings(map(list(user.get("credentials")).get(0)).get("value")))
                    .containsExactly(demo.password());
        }
        assertThat(list(realm.get("users"))).hasSameSizeAs(DemoUser.ALL);
    }

    @Test
    void eachSignInApplicationIsAClientWithPkceBackChannelLogoutAndThePlatformsClaims() throws Exception {
        // given the realm
        Map<String, Object> realm = realm();

        for (String application : SignInClient.APPLICATIONS) {
            // when its client is looked up
            Map<String, Object> client = find(realm, "clients", "clientId", application)
                    .orElseThrow(() -> new AssertionError(application + " is not a client of the Keycloak realm"));
            Map<String, Object> attributes = map(client.get("attributes"));

            // then it signs staff in by authorization code with PKCE, and is told of sign-outs elsewhere
            assertThat(client.get("standardFlowEnabled")).as(application).isEqualTo(true);
            assertThat(client.get("directAccessGrantsEnabled")).as(application).isEqualTo(false);
            assertThat(attributes.get("pkce.code.challenge.method"))
                    .as(application)
                    .isEqualTo("S256");
            assertThat((String) attributes.get("backchannel.logout.url"))
                    .as(application)
                    .endsWith("/logout/connect/back-channel/" + SignInClient.REGISTRATION);
            assertThat(strings(client.get("redirectUris")))
                    .singleElement()
                    .asString()
                    .endsWith("/login/oauth2/code/" + SignInClient.REGISTRATION);
            // and its ID and access tokens carry who signed in: sub (the user name), name, borough and roles
            List<Map<String, Object>> mappers = list(client.get("protocolMappers")).stream()
                    .map(KeycloakRealmTests::map)
                    .toList();
            for (String claim : List.of("sub", "name", "borough", "roles")) {
                assertThat(mappers)
                        .as(application + " puts " + claim + " in its tokens")
                        .anyMatch(m -> claim.equals(m.get("name"))
                                && "true".equals(map(m.get("config")).get("id.token.claim"))
                                && "true".equals(map(m.get("config")).get("access.token.claim")));
            }
            assertThat(client.get("fullScopeAllowed")).as(application).isEqualTo(false);
        }
    }

    private static Map<String, Object> realm() throws Exception {
        return JSONObjectUtils.parse(Files.readString(REALM));
    }

    private static Optional<Map<String, Object>> find(
            Map<String, Object> realm, String kind, String key, String value) {
        return list(realm.get(kind)).stream()
                .map(KeycloakRealmTests::map)
                .filter(entry -> value.equals(entry.get(key)))
                .findFirst();
    }

    private static Map<String, Object> group(Map<String, Object> realm, String path) {
        return find(realm, "groups", "path", path).orElseThrow(() -> new AssertionError("no group " + path));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> values
                ? values.stream().map(String::valueOf).toList()
                : Stream.ofNullable(value).map(String::valueOf).toList();
    }
}
