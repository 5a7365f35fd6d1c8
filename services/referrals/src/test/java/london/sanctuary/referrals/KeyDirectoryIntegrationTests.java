package london.sanctuary.referrals;

import static london.sanctuary.referrals.ReferralRequests.incoming;
import static london.sanctuary.referrals.ReferralRequests.keyRelease;
import static london.sanctuary.referrals.ReferralRequests.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.crypto.Undecryptable;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ApiClient.Response;
import london.sanctuary.referrals.ReferralRequests.Person;
import london.sanctuary.referrals.crypto.BoroughKey;
import london.sanctuary.referrals.crypto.KeyRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The key directory with the real service: each served borough publishes its keys, and key release wraps for the
 * key the receiver names, found there. Barnet rotated its key (the one of before is in its grace period).
 */
class KeyDirectoryIntegrationTests extends ReferralsServiceTest {

    static final Borough BARNET = Borough.of("barnet");
    static final String CURRENT = BoroughKey.of(
                    (RSAPublicKey) TestKeys.PAIRS.get("barnet").getPublic())
            .kid();
    static final String BEFORE = BoroughKey.of((RSAPublicKey) TestKeys.BARNET_BEFORE_ROTATION.getPublic())
            .kid();

    @Autowired
    KeyRegistry registry;

    @Test
    void aBoroughPublishesItsKeysToAnyoneTheCurrentFirstAndNothingPrivate() {
        // when anyone, without a token, asks for Barnet's keys
        Response answer = new ApiClient(port, null).get("/.well-known/sanctuary/boroughs/barnet/keys");

        // then the current key, then the one kept for its grace period, each named by its thumbprint, cacheable
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/jwk-set+json");
        assertThat(answer.header("Cache-Control")).contains("max-age=300", "public");
        assertThat(answer.json()
                        .path("keys")
                        .valueStream()
                        .map(k -> k.path("kid").asString()))
                .containsExactly(CURRENT, BEFORE);
        assertThat(answer.json().path("keys").valueStream()).allSatisfy(k -> {
            assertThat(k.path("use").asString()).isEqualTo("enc");
            assertThat(k.path("alg").asString()).isEqualTo("RSA-OAEP-256");
            assertThat(k.has("d")).as("no private part").isFalse();
        });
    }

    @Test
    void aBoroughNotServedHereHasNoKeysHere() {
        // when
        Response answer = new ApiClient(port, null).get("/.well-known/sanctuary/boroughs/enfield/keys");

        // then
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void afterBarnetRotatedAKeyWrappedForItsOldKidStillOpensAndANewOneOpensOnlyWithTheNewKey() {
        // given a referral from Newham in Barnet's inbox
        Person amina = movable("newham");
        UUID id = inBarnetsInbox(amina);
        ApiClient barnetsService = api("barnet").as(service("barnet"));

        // when an instance of Barnet that still names the key of before asks, and one naming the current key
        Response old = barnetsService.post(keyRelease("newham", id) + "?kid=" + BEFORE, "");
        Response fresh = barnetsService.post(keyRelease("newham", id) + "?kid=" + CURRENT, "");

        // then both open at Barnet, to the same data key; the fresh one does not open with the old key alone
        assertThat(old.status()).as(old.body()).isEqualTo(200);
        assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
        String oldWrapped = old.json().path("wrappedKey").asString();
        String freshWrapped = fresh.json().path("wrappedKey").asString();
        assertThat(registry.unwrapFor(BARNET, oldWrapped).raw())
                .isEqualTo(registry.unwrapFor(BARNET, freshWrapped).raw());
        KeyRegistry onlyTheOldKey = KeyRegistry.of(Map.of(), Map.of("barnet", TestKeys.barnetBeforeRotation()));
        assertThat(onlyTheOldKey.unwrapFor(BARNET, oldWrapped).raw())
                .isEqualTo(registry.unwrapFor(BARNET, freshWrapped).raw());
        assertThatThrownBy(() -> onlyTheOldKey.unwrapFor(BARNET, freshWrapped)).isInstanceOf(Undecryptable.class);

        // and Barnet's own acceptance (which names its current key) opens the package
        Response accepted = api("barnet").post(incoming("barnet") + "/" + id + "/acceptance", "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("referral").path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().path("profile").path("name").asString()).isEqualTo(amina.name());
    }

    @Test
    void aKidBarnetDoesNotPublishIsRefusedNamingIt() {
        // given
        UUID id = inBarnetsInbox(movable("newham"));

        // when Barnet's service names a key nobody published
        Response answer = api("barnet").as(service("barnet")).post(keyRelease("newham", id) + "?kid=not-a-key", "");

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("field").asString()).isEqualTo("kid");
        assertThat(answer.isProblem()).isTrue();
    }
}
